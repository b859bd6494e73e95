import { AuditService } from '@lgx/api/core/audit';
import { type Actor, PolicyService } from '@lgx/api/core/auth';
import { CouncilDirectory } from '@lgx/api/core/councils';
import { isUniqueViolation } from '@lgx/api/core/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, IsNull, Not } from 'typeorm';

import { AccountEntity } from '../account/account.entity';
import { isEmailDomain } from '../account/account.rules';
import { type FieldProblem, fieldProblems, invalidField, notFound } from '../identity.errors';
import { SessionService } from '../session/session.service';
import { CouncilDomainEntity } from './council-domain.entity';
import { CouncilMembershipEntity } from './council-membership.entity';
import { CouncilMembershipService } from './council-membership.service';

/** Verified email domains of councils, managed by platform admins. A domain belongs to one council. */
@Injectable()
export class CouncilDomainService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly audit: AuditService,
    private readonly councils: CouncilDirectory,
    private readonly memberships: CouncilMembershipService,
    private readonly sessions: SessionService,
  ) {}

  async list(actor: Actor): Promise<CouncilDomainEntity[]> {
    await this.policy.authorize(actor, { action: 'council.domains.manage' });
    return this.dataSource.getRepository(CouncilDomainEntity).find({ order: { domain: 'ASC' } });
  }

  /** Adds a domain; verified accounts already on it become officers of the council. */
  async add(actor: Actor, councilCode: string, rawDomain: string): Promise<CouncilDomainEntity> {
    await this.policy.authorize(actor, { action: 'council.domains.manage' });
    const domain = rawDomain.trim().toLowerCase().replace(/^@/, '');
    // Every problem at once: the form shows them together.
    const problems: FieldProblem[] = [];
    if (!isEmailDomain(domain))
      problems.push({
        field: 'domain',
        message: 'Enter a domain like derby.gov.uk, without "www" or "@"',
      });
    const council = councilCode.trim() ? await this.councils.findByCode(councilCode.trim()) : null;
    if (!council || !council.isCurrent)
      problems.push({
        field: 'councilCode',
        message: 'Choose a current council from the register',
      });
    if (problems.length > 0 || !council) throw fieldProblems(problems);
    const taken = (existing: CouncilDomainEntity) =>
      invalidField(
        'domain',
        `${domain} already belongs to ${existing.councilCode === council.code ? 'this council' : `another council (${existing.councilCode})`}`,
      );
    try {
      return await this.dataSource.transaction(async (manager) => {
        const existing = await manager.getRepository(CouncilDomainEntity).findOneBy({ domain });
        if (existing) throw taken(existing);
        return this.insert(manager, actor, council.code, domain);
      });
    } catch (error) {
      // Another request added the domain between this one's look and its insert.
      if (!isUniqueViolation(error)) throw error;
      const existing = await this.dataSource
        .getRepository(CouncilDomainEntity)
        .findOneBy({ domain });
      if (existing) throw taken(existing);
      throw error;
    }
  }

  /**
   * Stores a domain that is known to be free, within `manager`'s transaction:
   * verified accounts already on it become officers of the council.
   */
  async insert(
    manager: EntityManager,
    actor: Actor,
    councilCode: string,
    domain: string,
  ): Promise<CouncilDomainEntity> {
    // insert, not save: save would update a row another request has just stored.
    const saved = manager
      .getRepository(CouncilDomainEntity)
      .create({ domain, councilCode, createdBy: actor.userId ?? null });
    await manager.getRepository(CouncilDomainEntity).insert(saved);
    const accounts = await manager
      .getRepository(AccountEntity)
      .createQueryBuilder('account')
      .where('account.email LIKE :suffix AND account.emailVerifiedAt IS NOT NULL', {
        suffix: `%@${domain}`,
      })
      .getMany();
    for (const account of accounts) await this.memberships.joinByVerifiedEmail(account, manager);
    await this.audit.record(
      {
        action: 'council.domains.add',
        outcome: 'success',
        target: { type: 'domain', id: domain },
        details: { councilCode, officersAdded: accounts.length },
      },
      manager,
    );
    return saved;
  }

  /** Removes a domain: its officers leave the council and their sessions end. */
  async remove(actor: Actor, rawDomain: string): Promise<void> {
    await this.policy.authorize(actor, { action: 'council.domains.manage' });
    const domain = rawDomain.trim().toLowerCase();
    await this.dataSource.transaction(async (manager) => {
      const found = await manager.getRepository(CouncilDomainEntity).findOneBy({ domain });
      if (!found) throw notFound(`The domain ${domain}`);
      await manager.getRepository(CouncilDomainEntity).delete({ domain });
      const accounts = await manager
        .getRepository(AccountEntity)
        .createQueryBuilder('account')
        .where('account.email LIKE :suffix', { suffix: `%@${domain}` })
        .andWhere({ email: Not(IsNull()) })
        .getMany();
      for (const account of accounts) {
        await manager
          .getRepository(CouncilMembershipEntity)
          .delete({ accountId: account.id, councilCode: found.councilCode });
        await this.sessions.endAll(account.id, manager);
      }
      await this.audit.record(
        {
          action: 'council.domains.remove',
          outcome: 'success',
          target: { type: 'domain', id: domain },
          details: { councilCode: found.councilCode, officersRemoved: accounts.length },
        },
        manager,
      );
    });
  }
}
