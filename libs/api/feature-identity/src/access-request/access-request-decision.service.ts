import { AuditService } from '@lgx/api/core/audit';
import { type Actor, PolicyService } from '@lgx/api/core/auth';
import { CouncilDirectory } from '@lgx/api/core/councils';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import { CouncilDomainEntity } from '../council-membership/council-domain.entity';
import { CouncilDomainService } from '../council-membership/council-domain.service';
import { CouncilMembershipEntity } from '../council-membership/council-membership.entity';
import { invalidField, notFound } from '../identity.errors';
import { AccessRequestEntity } from './access-request.entity';
import { ACCESS_REQUEST_ERRORS as errors } from './access-request.errors';
import { declineReasonProblem } from './access-request.rules';
import { AccessRequestMailService } from './access-request-mail.service';

/** Accepting or declining an access request, and telling the people who asked. */
@Injectable()
export class AccessRequestDecisionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly audit: AuditService,
    private readonly councils: CouncilDirectory,
    private readonly domains: CouncilDomainService,
    private readonly mail: AccessRequestMailService,
  ) {}

  /** Adds the domain or gives the role; the people who asked are told by email. */
  async accept(actor: Actor, id: string): Promise<AccessRequestEntity> {
    const request = await this.dataSource.transaction(async (manager) => {
      const request = await this.pendingForDecision(manager, actor, id);
      if (request.kind === 'COUNCIL_DOMAIN') await this.addDomain(manager, actor, request);
      else await this.giveRole(manager, request);
      return this.close(manager, actor, request, 'ACCEPTED', null);
    });
    const council = (await this.councils.findByCode(request.councilCode))!;
    const done =
      request.kind === 'COUNCIL_DOMAIN'
        ? `${request.domain} now belongs to ${council.name} on LGX, and you are one of its verified officers.`
        : request.kind === 'EDITOR_ROLE'
          ? `You now have the editor role in ${council.name} on LGX: you can write and publish for your council.`
          : `You are now an admin of ${council.name} on LGX. Set up two-factor authentication to use the role.`;
    this.mail.tell(
      { accountIds: request.requesterIds },
      'Your LGX request was accepted',
      [done, '', 'Sign out and sign in again if a page you have open does not show it yet:'],
      '/account',
    );
    return request;
  }

  /** Declines with a reason, which the people who asked are sent. */
  async decline(actor: Actor, id: string, reason: string): Promise<AccessRequestEntity> {
    const problem = declineReasonProblem(reason);
    const request = await this.dataSource.transaction(async (manager) => {
      const request = await this.pendingForDecision(manager, actor, id);
      // Checked after the policy, so a refusal never tells what a valid reason is.
      if (problem) throw invalidField(problem.field, problem.message);
      return this.close(manager, actor, request, 'DECLINED', reason.trim());
    });
    this.mail.tell(
      { accountIds: request.requesterIds },
      'Your LGX request was declined',
      [
        'Your request on LGX was declined, for this reason:',
        '',
        reason.trim(),
        '',
        'Your account:',
      ],
      '/account',
    );
    return request;
  }

  private async pendingForDecision(manager: EntityManager, actor: Actor, id: string) {
    const request = /^[0-9a-f-]{36}$/i.test(id)
      ? await manager
          .getRepository(AccessRequestEntity)
          .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!request) throw notFound('That request');
    await this.policy.authorize(actor, {
      action: 'access-request.decide',
      kind: request.kind,
      councilCode: request.councilCode,
    });
    if (request.status !== 'PENDING') throw errors.notPending(request.status);
    return request;
  }

  private async addDomain(manager: EntityManager, actor: Actor, request: AccessRequestEntity) {
    const domain = request.domain!;
    const taken = await manager.getRepository(CouncilDomainEntity).findOneBy({ domain });
    if (taken)
      throw errors.domainTaken(
        domain,
        (await this.councils.findByCode(taken.councilCode))?.name ?? taken.councilCode,
      );
    await this.domains.insert(manager, actor, request.councilCode, domain);
    // Requests for the same domain to other councils are answered by this one.
    const others = await manager.getRepository(AccessRequestEntity).findBy({
      kind: 'COUNCIL_DOMAIN',
      domain,
      status: 'PENDING',
    });
    const council = (await this.councils.findByCode(request.councilCode))!;
    for (const other of others.filter((o) => o.id !== request.id))
      await this.close(manager, actor, other, 'DECLINED', `${domain} belongs to ${council.name}.`);
  }

  private async giveRole(manager: EntityManager, request: AccessRequestEntity) {
    const accountId = request.requesterIds[0]!;
    const membership = await manager.getRepository(CouncilMembershipEntity).findOne({
      where: { accountId, councilCode: request.councilCode, status: 'active' },
      lock: { mode: 'pessimistic_write' },
    });
    if (!membership) throw errors.noLongerMember();
    const from = membership.role;
    const to = request.kind === 'COUNCIL_ADMIN' ? 'ADMIN' : 'EDITOR';
    // Never lower a role that has changed since the request was made.
    if (from === 'ADMIN' || from === to) return;
    membership.role = to;
    await manager.getRepository(CouncilMembershipEntity).save(membership);
    await this.audit.record(
      {
        action: 'council.members.change-role',
        outcome: 'success',
        target: { type: 'account', id: accountId },
        details: { councilCode: request.councilCode, from, to, accessRequestId: request.id },
      },
      manager,
    );
  }

  private async close(
    manager: EntityManager,
    actor: Actor,
    request: AccessRequestEntity,
    status: 'ACCEPTED' | 'DECLINED',
    reason: string | null,
  ): Promise<AccessRequestEntity> {
    request.status = status;
    request.declineReason = reason;
    request.decidedBy = actor.userId ?? null;
    request.decidedAt = new Date();
    await manager.getRepository(AccessRequestEntity).save(request);
    await this.audit.record(
      {
        action: status === 'ACCEPTED' ? 'access-request.accept' : 'access-request.decline',
        outcome: 'success',
        target: { type: 'access-request', id: request.id },
        details: { kind: request.kind, councilCode: request.councilCode },
      },
      manager,
    );
    return request;
  }
}
