import { AuditService } from '@lgx/api/core/audit';
import { type Actor, type CouncilRole, PolicyService } from '@lgx/api/core/auth';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import { AccountEntity } from '../account/account.entity';
import { emailDomain } from '../account/account.rules';
import { notFound } from '../identity.errors';
import { SessionService } from '../session/session.service';
import { CouncilDomainEntity } from './council-domain.entity';
import { CouncilMembershipEntity } from './council-membership.entity';

export interface MemberRow {
  account: AccountEntity;
  membership: CouncilMembershipEntity;
}

/** Who belongs to which council, by verified email domain, and what their role is. */
@Injectable()
export class CouncilMembershipService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
  ) {}

  /**
   * Makes a verified account an officer of the council its email domain
   * belongs to, unless it already has a membership (a removed one stays removed).
   */
  async joinByVerifiedEmail(
    account: AccountEntity,
    manager: EntityManager,
  ): Promise<CouncilMembershipEntity | null> {
    if (!account.email || !account.emailVerifiedAt) return null;
    const domain = await manager
      .getRepository(CouncilDomainEntity)
      .findOneBy({ domain: emailDomain(account.email) });
    if (!domain) return null;
    const memberships = manager.getRepository(CouncilMembershipEntity);
    const existing = await memberships.findOneBy({ accountId: account.id });
    if (existing) return existing;
    const membership = await memberships.save({
      accountId: account.id,
      councilCode: domain.councilCode,
      role: 'OFFICER',
      status: 'active',
    });
    await this.audit.record(
      {
        action: 'council.members.join',
        outcome: 'success',
        target: { type: 'account', id: account.id },
        details: { councilCode: domain.councilCode },
      },
      manager,
    );
    return membership;
  }

  async membershipOf(accountId: string): Promise<CouncilMembershipEntity | null> {
    return this.dataSource
      .getRepository(CouncilMembershipEntity)
      .findOneBy({ accountId, status: 'active' });
  }

  /** A council's current members, for its admins (and platform admins). */
  async list(actor: Actor, councilCode: string): Promise<MemberRow[]> {
    await this.policy.authorize(actor, { action: 'council.members.read', councilCode });
    const rows = await this.dataSource
      .getRepository(CouncilMembershipEntity)
      .createQueryBuilder('membership')
      .innerJoinAndMapOne(
        'membership.account',
        AccountEntity,
        'account',
        'account.id = membership.accountId',
      )
      .where('membership.councilCode = :councilCode AND membership.status = :status', {
        councilCode,
        status: 'active',
      })
      .andWhere('account.status = :active', { active: 'active' })
      .orderBy('account.name', 'ASC')
      .getMany();
    return rows.map((membership) => {
      const { account, ...rest } = membership as CouncilMembershipEntity & {
        account: AccountEntity;
      };
      return { account, membership: rest as CouncilMembershipEntity };
    });
  }

  async changeRole(actor: Actor, accountId: string, role: CouncilRole): Promise<MemberRow> {
    return this.dataSource.transaction(async (manager) => {
      const membership = await this.activeMembership(manager, accountId);
      await this.policy.authorize(actor, {
        action: 'council.members.change-role',
        councilCode: membership.councilCode,
        targetUserId: accountId,
      });
      const from = membership.role;
      membership.role = role;
      await manager.getRepository(CouncilMembershipEntity).save(membership);
      await this.audit.record(
        {
          action: 'council.members.change-role',
          outcome: 'success',
          target: { type: 'account', id: accountId },
          details: { councilCode: membership.councilCode, from, to: role },
        },
        manager,
      );
      const account = await manager.getRepository(AccountEntity).findOneByOrFail({ id: accountId });
      return { account, membership };
    });
  }

  /** Removes a member: their council rights and their sessions end at once. */
  async remove(actor: Actor, accountId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const membership = await this.activeMembership(manager, accountId);
      await this.policy.authorize(actor, {
        action: 'council.members.remove',
        councilCode: membership.councilCode,
        targetUserId: accountId,
      });
      await manager
        .getRepository(CouncilMembershipEntity)
        .update({ accountId }, { status: 'removed' });
      const ended = await this.sessions.endAll(accountId, manager);
      await this.audit.record(
        {
          action: 'council.members.remove',
          outcome: 'success',
          target: { type: 'account', id: accountId },
          details: { councilCode: membership.councilCode, sessionsEnded: ended },
        },
        manager,
      );
    });
  }

  private async activeMembership(
    manager: EntityManager,
    accountId: string,
  ): Promise<CouncilMembershipEntity> {
    const membership = await manager
      .getRepository(CouncilMembershipEntity)
      .findOne({ where: { accountId, status: 'active' }, lock: { mode: 'pessimistic_write' } });
    if (!membership) throw notFound('That member');
    return membership;
  }
}
