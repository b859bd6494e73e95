import { AuditService } from '@lgx/api/core/audit';
import {
  type Actor,
  type CouncilRole,
  councilRoleAtLeast,
  PolicyService,
} from '@lgx/api/core/auth';
import { CouncilDirectory } from '@lgx/api/core/councils';
import { isUniqueViolation } from '@lgx/api/core/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';

import { AccountEntity } from '../account/account.entity';
import { emailDomain } from '../account/account.rules';
import { CouncilDomainEntity } from '../council-membership/council-domain.entity';
import { CouncilMembershipEntity } from '../council-membership/council-membership.entity';
import { invalidField } from '../identity.errors';
import { AccessRequestEntity } from './access-request.entity';
import { ACCESS_REQUEST_ERRORS as errors } from './access-request.errors';
import { checkedCouncilCode, isPublicEmailDomain, roleProblem } from './access-request.rules';
import { AccessRequestMailService } from './access-request-mail.service';

/** What identifies a pending request: the same key asked again joins the one already there. */
type RequestKey = Pick<AccessRequestEntity, 'kind' | 'councilCode' | 'domain'> & {
  /** Role requests are one per person; domain requests are shared by everyone on the domain. */
  perPerson: boolean;
};

/** Asking for a council email domain or a council role, and what a council's officers may see. */
@Injectable()
export class AccessRequestService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly audit: AuditService,
    private readonly councils: CouncilDirectory,
    private readonly mail: AccessRequestMailService,
  ) {}

  /** Asks the platform admins to add the domain of the actor's email address to a council. */
  async askForCouncilDomain(actor: Actor, rawCouncilCode: string): Promise<AccessRequestEntity> {
    await this.policy.authorize(actor, { action: 'access-request.council-domain.ask' });
    const account = await this.dataSource
      .getRepository(AccountEntity)
      .findOneByOrFail({ id: actor.userId! });
    const domain = emailDomain(account.email!);
    const council = await this.currentCouncil(rawCouncilCode);
    if (isPublicEmailDomain(domain)) throw errors.publicDomain(domain);
    const known = await this.dataSource.getRepository(CouncilDomainEntity).findOneBy({ domain });
    if (known)
      throw errors.domainKnown(
        domain,
        (await this.councils.findByCode(known.councilCode))?.name ?? known.councilCode,
      );
    const removed = await this.dataSource
      .getRepository(CouncilMembershipEntity)
      .findOneBy({ accountId: account.id, status: 'removed' });
    if (removed)
      throw errors.removedMember(
        (await this.councils.findByCode(removed.councilCode))?.name ?? removed.councilCode,
      );
    const { request, created } = await this.joinOrCreate(actor, {
      kind: 'COUNCIL_DOMAIN',
      councilCode: council.code,
      domain,
      perPerson: false,
    });
    if (created)
      this.mail.tell(
        { platformAdmins: true },
        `Add ${domain} to ${council.name} on LGX?`,
        [
          `${account.name} (${account.jobTitle}, ${account.email}) asks for ${domain} to be added to ${council.name}.`,
          'Adding it makes every confirmed account on the domain an officer of the council.',
          '',
          'Accept or decline it in the admin pages:',
        ],
        '/admin/requests',
      );
    return request;
  }

  /** Asks for the editor role (the council's admins decide) or admin of a council without one. */
  async askForCouncilRole(actor: Actor, role: CouncilRole): Promise<AccessRequestEntity> {
    const councilCode = actor.council?.code ?? '';
    await this.policy.authorize(actor, { action: 'access-request.council-role.ask', councilCode });
    const problem = roleProblem(role);
    if (problem) throw invalidField(problem.field, problem.message);
    if (councilRoleAtLeast(actor.council!.role, role)) throw errors.hasRole(role.toLowerCase());
    const admins = await this.members(councilCode, ['ADMIN']);
    if (role === 'ADMIN' && admins.length > 0)
      throw errors.councilHasAdmin(admins.map((admin) => admin.name).join(', '));
    const { request, created } = await this.joinOrCreate(actor, {
      kind: role === 'ADMIN' ? 'COUNCIL_ADMIN' : 'EDITOR_ROLE',
      councilCode,
      domain: null,
      perPerson: true,
    });
    if (created) await this.tellDeciders(actor, request, admins.length > 0);
    return request;
  }

  /** Pending requests: a council's editor requests for its admins, or the platform's queue. */
  async pending(actor: Actor, councilCode: string | null): Promise<AccessRequestEntity[]> {
    await this.policy.authorize(
      actor,
      councilCode
        ? { action: 'access-request.list-council', councilCode }
        : { action: 'access-request.list-platform' },
    );
    return this.dataSource.getRepository(AccessRequestEntity).find({
      where: councilCode
        ? { status: 'PENDING', kind: 'EDITOR_ROLE', councilCode }
        : { status: 'PENDING', kind: In(['COUNCIL_DOMAIN', 'COUNCIL_ADMIN']) },
      order: { createdAt: 'ASC' },
      take: 100,
    });
  }

  /** The actor's own requests, newest first. */
  async mine(actor: Actor): Promise<AccessRequestEntity[]> {
    await this.policy.authorize(actor, { action: 'account.manage-self' });
    return this.dataSource
      .getRepository(AccessRequestEntity)
      .createQueryBuilder('request')
      .where(':id = ANY(request.requester_ids)', { id: actor.userId })
      .orderBy('request.createdAt', 'DESC')
      .take(20)
      .getMany();
  }

  /** A council's admins and editors, by name and job title, for its officers. */
  async contacts(actor: Actor, councilCode: string): Promise<ContactRow[]> {
    await this.policy.authorize(actor, { action: 'council-contacts.read', councilCode });
    return this.members(councilCode, ['ADMIN', 'EDITOR']);
  }

  private async members(councilCode: string, roles: CouncilRole[]): Promise<ContactRow[]> {
    return this.dataSource.query(
      `SELECT a.name, a.job_title AS "jobTitle", m.role FROM council_membership m
         JOIN account a ON a.id = m.account_id AND a.status = 'active'
        WHERE m.council_code = $1 AND m.status = 'active' AND m.role = ANY($2)
        ORDER BY CASE m.role WHEN 'ADMIN' THEN 0 ELSE 1 END, a.name`,
      [councilCode, roles],
    );
  }

  private async currentCouncil(rawCode: string) {
    const code = checkedCouncilCode(rawCode);
    const council = code ? await this.councils.findByCode(code) : null;
    if (!council || !council.isCurrent)
      throw invalidField('councilCode', 'Choose your council from the list of current councils');
    return council;
  }

  private async tellDeciders(actor: Actor, request: AccessRequestEntity, hasAdmins: boolean) {
    const [account, council] = await Promise.all([
      this.dataSource.getRepository(AccountEntity).findOneByOrFail({ id: actor.userId! }),
      this.councils.findByCode(request.councilCode),
    ]);
    const editor = request.kind === 'EDITOR_ROLE';
    const what = editor ? 'the editor role' : `to be the first LGX admin of ${council!.name}`;
    // A council without admins has no one to give the editor role: the platform's admins do.
    const councilDecides = editor && hasAdmins;
    this.mail.tell(
      councilDecides ? { councilAdminsOf: request.councilCode } : { platformAdmins: true },
      `${account.name} asks for ${editor ? 'the editor role' : 'the council admin role'} on LGX`,
      [
        `${account.name} (${account.jobTitle}) of ${council!.name} asks for ${what}.`,
        '',
        'Accept or decline it here:',
      ],
      councilDecides ? '/council/members' : '/admin/requests',
    );
  }

  /** The pending request with this key, joined by the actor, or a new one. */
  private async joinOrCreate(
    actor: Actor,
    key: RequestKey,
    attempt = 1,
  ): Promise<{ request: AccessRequestEntity; created: boolean }> {
    try {
      return await this.dataSource.transaction((manager) =>
        this.joinOrCreateIn(manager, actor, key),
      );
    } catch (error) {
      // Someone asked the same at the same moment: join theirs.
      if (isUniqueViolation(error) && attempt === 1) return this.joinOrCreate(actor, key, 2);
      throw error;
    }
  }

  private async joinOrCreateIn(manager: EntityManager, actor: Actor, key: RequestKey) {
    const repository = manager.getRepository(AccessRequestEntity);
    const query = repository
      .createQueryBuilder('request')
      .setLock('pessimistic_write')
      .where('request.status = :pending AND request.kind = :kind', {
        pending: 'PENDING',
        kind: key.kind,
      });
    if (key.perPerson) query.andWhere('request.requester_ids[1] = :id', { id: actor.userId });
    else
      query.andWhere('request.domain = :domain AND request.councilCode = :councilCode', {
        domain: key.domain,
        councilCode: key.councilCode,
      });
    const existing = await query.getOne();
    if (existing && existing.requesterIds.includes(actor.userId!))
      return { request: existing, created: false };
    if (existing) {
      existing.requesterIds = [...existing.requesterIds, actor.userId!];
      await repository.save(existing);
      await this.recordAsked(manager, existing, 'joined');
      return { request: existing, created: false };
    }
    const created = repository.create({
      kind: key.kind,
      councilCode: key.councilCode,
      domain: key.domain,
      requesterIds: [actor.userId!],
      status: 'PENDING',
    });
    await repository.insert(created);
    await this.recordAsked(manager, created, 'created');
    return { request: created, created: true };
  }

  private recordAsked(manager: EntityManager, request: AccessRequestEntity, how: string) {
    return this.audit.record(
      {
        action: 'access-request.ask',
        outcome: 'success',
        target: { type: 'access-request', id: request.id },
        details: { kind: request.kind, councilCode: request.councilCode, how },
      },
      manager,
    );
  }
}

export interface ContactRow {
  name: string;
  jobTitle: string;
  role: 'EDITOR' | 'ADMIN';
}
