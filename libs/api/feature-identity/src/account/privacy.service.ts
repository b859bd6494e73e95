import { AuditEventEntity, AuditService } from '@lgx/api/core/audit';
import { type Actor, PolicyService } from '@lgx/api/core/auth';
import { PersonalData } from '@lgx/api/core/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';

import { CouncilMembershipEntity } from '../council-membership/council-membership.entity';
import { validationFailed } from '../identity.errors';
import { RecoveryCodeEntity } from '../mfa/recovery-code.entity';
import { SessionEntity } from '../session/session.entity';
import { SessionService } from '../session/session.service';
import { AccountEntity } from './account.entity';
import { OneTimeTokenEntity } from './one-time-token.entity';
import { PasswordConfirmationService } from './password-confirmation.service';

/** A person's own data: everything held about them, and deleting their account. */
@Injectable()
export class PrivacyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly passwords: PasswordConfirmationService,
    /** The other features' parts of the export (follows, questions...). */
    private readonly personalData: PersonalData,
  ) {}

  /** Everything LGX holds about the signed-in person, as one JSON document. */
  async export(actor: Actor): Promise<string> {
    await this.policy.authorize(actor, { action: 'account.manage-self' });
    const id = actor.userId!;
    const account = await this.dataSource.getRepository(AccountEntity).findOneByOrFail({ id });
    const membership = await this.dataSource
      .getRepository(CouncilMembershipEntity)
      .findOneBy({ accountId: id });
    const sessions = await this.dataSource
      .getRepository(SessionEntity)
      .find({ where: { accountId: id }, order: { createdAt: 'DESC' } });
    const events = await this.dataSource
      .getRepository(AuditEventEntity)
      .find({ where: { actorUserId: id }, order: { id: 'ASC' } });
    const fromFeatures = await this.personalData.export(id);
    await this.audit.record({
      action: 'account.export-data',
      outcome: 'success',
      target: { type: 'account', id },
    });
    return JSON.stringify(
      {
        exportedAt: new Date().toISOString(),
        account: {
          id: account.id,
          email: account.email,
          name: account.name,
          jobTitle: account.jobTitle,
          emailVerifiedAt: account.emailVerifiedAt,
          platformRole: account.platformRole,
          twoFactorAuthenticationEnabledAt: account.mfaEnabledAt,
          createdAt: account.createdAt,
          updatedAt: account.updatedAt,
        },
        councilMembership: membership && {
          councilCode: membership.councilCode,
          role: membership.role,
          status: membership.status,
          since: membership.createdAt,
        },
        sessions: sessions.map((s) => ({
          startedAt: s.createdAt,
          lastSeenAt: s.lastSeenAt,
          expiresAt: s.expiresAt,
          endedAt: s.revokedAt,
        })),
        activity: events.map((e) => ({
          at: e.occurredAt,
          action: e.action,
          outcome: e.outcome,
          target: e.targetType ? `${e.targetType}:${e.targetId}` : null,
        })),
        ...fromFeatures,
      },
      null,
      2,
    );
  }

  /**
   * Deletes the account, given its password (a wrong one counts as a failed
   * sign-in): personal details are erased and every session ends. Content
   * the person wrote stays with their council, attributed to it. Other
   * features' tables forget the account at the cause, when its status becomes
   * "deleted" (triggers: follows, notifications, email choices, who asked or
   * answered a question; decision 0052).
   */
  async deleteAccount(
    actor: Actor,
    password: string,
    ip: string | undefined,
    response: Response,
  ): Promise<void> {
    await this.policy.authorize(actor, { action: 'account.manage-self' });
    const id = actor.userId!;
    const account = await this.dataSource.getRepository(AccountEntity).findOneByOrFail({ id });
    if (
      account.passwordHash &&
      !(await this.passwords.confirm(account, password, ip, 'delete-account'))
    ) {
      throw validationFailed([{ field: 'password', message: 'Your password is not correct' }]);
    }
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(AccountEntity).update(
        { id },
        {
          email: null,
          name: 'Deleted account',
          jobTitle: '',
          passwordHash: null,
          status: 'deleted',
          platformRole: null,
          mfaSecret: null,
          mfaPendingSecret: null,
          mfaEnabledAt: null,
          emailVerifiedAt: null,
        },
      );
      await manager.getRepository(CouncilMembershipEntity).delete({ accountId: id });
      await manager.getRepository(OneTimeTokenEntity).delete({ accountId: id });
      await manager.getRepository(RecoveryCodeEntity).delete({ accountId: id });
      await this.sessions.endAll(id, manager);
      await this.audit.record(
        { action: 'account.delete', outcome: 'success', target: { type: 'account', id } },
        manager,
      );
    });
    this.sessions.clearCookie(response);
  }
}
