import { AuditService } from '@lgx/api/core/audit';
import { type Actor, PolicyService } from '@lgx/api/core/auth';
import { isUniqueViolation } from '@lgx/api/core/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';

import { CouncilMembershipService } from '../council-membership/council-membership.service';
import { type FieldProblem, validationFailed } from '../identity.errors';
import { SessionService } from '../session/session.service';
import { SignInThrottleService } from '../session/sign-in-throttle.service';
import { AccountEntity } from './account.entity';
import { linkInvalid } from './account.errors';
import { checkEmail, checkPassword, checkText, normaliseEmail } from './account.rules';
import { AccountMailService } from './account-mail.service';
import { OneTimeTokenService } from './one-time-token.service';
import { PasswordConfirmationService } from './password-confirmation.service';
import { hashPassword, verifyPassword } from './password-hashing';

interface SignUpFields {
  email: string;
  name: string;
  jobTitle: string;
  password: string;
}

/** Accounts: sign-up, email verification, password reset and profile changes. */
@Injectable()
export class AccountService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: OneTimeTokenService,
    private readonly memberships: CouncilMembershipService,
    private readonly sessions: SessionService,
    private readonly policy: PolicyService,
    private readonly audit: AuditService,
    private readonly mail: AccountMailService,
    private readonly passwords: PasswordConfirmationService,
    private readonly throttle: SignInThrottleService,
  ) {}

  static hashPassword(password: string): Promise<string> {
    return hashPassword(password);
  }

  static verifyPassword(passwordHash: string, password: string): Promise<boolean> {
    return verifyPassword(passwordHash, password);
  }

  /**
   * Creates an account and emails a verification link. Whether the email is
   * already registered is never revealed, not even by the time taken: both
   * ways hash the password, write once and leave the mail until after the
   * response; the address's owner gets a note instead of a link.
   */
  async signUp(input: SignUpFields, after?: Response): Promise<{ email: string }> {
    const email = normaliseEmail(input.email);
    const problems: FieldProblem[] = [];
    checkEmail(input.email, problems);
    checkText(input.name, 'name', 'full name', problems);
    checkText(input.jobTitle, 'jobTitle', 'job title', problems);
    checkPassword(input.password, email, problems);
    if (problems.length > 0) throw validationFailed(problems);

    const passwordHash = await hashPassword(input.password);
    const accounts = this.dataSource.getRepository(AccountEntity);
    const existing = await accounts.findOneBy({ email });
    if (existing) return this.alreadyRegistered(existing.id, email, after);
    let account: AccountEntity;
    try {
      account = await this.dataSource.transaction(async (manager) => {
        const created = await manager.getRepository(AccountEntity).save({
          email,
          name: input.name.trim(),
          jobTitle: input.jobTitle.trim(),
          passwordHash,
          status: 'active' as const,
        });
        await this.audit.record(
          {
            action: 'account.sign-up',
            outcome: 'success',
            target: { type: 'account', id: created.id },
          },
          manager,
        );
        return created;
      });
    } catch (error) {
      // Two sign-ups of one address at the same moment: the second is
      // answered as any sign-up of a registered address is.
      if (!isUniqueViolation(error)) throw error;
      const winner = await accounts.findOneByOrFail({ email });
      return this.alreadyRegistered(winner.id, email, after);
    }
    this.mail.verification({ id: account.id, email, name: account.name }, after);
    return { email };
  }

  /** The answer to a sign-up of a registered address: the same as any other, and a note to its owner. */
  private async alreadyRegistered(
    accountId: string,
    email: string,
    after?: Response,
  ): Promise<{ email: string }> {
    await this.audit.record({
      action: 'account.sign-up',
      outcome: 'denied',
      target: { type: 'account', id: accountId },
      details: { reason: 'email already registered' },
    });
    this.mail.alreadyRegistered(email, after);
    return { email };
  }

  /** Emails a new verification link if the account exists and is not yet verified. Always looks the same. */
  async resendVerification(rawEmail: string, after?: Response): Promise<{ email: string }> {
    const { email, account } = await this.activeAccountByEmail(rawEmail);
    if (account && !account.emailVerifiedAt) {
      this.mail.verification({ id: account.id, email, name: account.name }, after);
    }
    return { email };
  }

  /** Confirms the email behind a link; on a council's domain, the account becomes its officer. */
  async verifyEmail(token: string): Promise<AccountEntity> {
    return this.dataSource.transaction(async (manager) => {
      const accountId = await this.tokens.consume(token, 'verify-email', manager);
      if (!accountId) throw linkInvalid('confirmation');
      const repository = manager.getRepository(AccountEntity);
      const account = await repository.findOneByOrFail({ id: accountId });
      if (!account.emailVerifiedAt) {
        account.emailVerifiedAt = new Date();
        await repository.save(account);
      }
      await this.memberships.joinByVerifiedEmail(account, manager);
      await this.audit.record(
        {
          action: 'account.verify-email',
          outcome: 'success',
          actor: { userId: account.id, role: 'account' },
          target: { type: 'account', id: account.id },
        },
        manager,
      );
      return account;
    });
  }

  /** Emails a reset link when the account exists. Always looks the same, and takes as long. */
  async requestPasswordReset(rawEmail: string, after?: Response): Promise<{ email: string }> {
    const { email, account } = await this.activeAccountByEmail(rawEmail);
    if (account) this.mail.passwordReset({ id: account.id, email }, after);
    return { email };
  }

  /** The active account with an email a person typed (checked, then normalised), if there is one. */
  private async activeAccountByEmail(
    rawEmail: string,
  ): Promise<{ email: string; account: AccountEntity | null }> {
    const problems: FieldProblem[] = [];
    checkEmail(rawEmail, problems);
    if (problems.length > 0) throw validationFailed(problems);
    const email = normaliseEmail(rawEmail);
    const account = await this.dataSource
      .getRepository(AccountEntity)
      .findOneBy({ email, status: 'active' });
    return { email, account };
  }

  /**
   * Sets a new password from a reset link, signs the account out everywhere
   * and lifts the account's sign-in lock (the link proves the address).
   */
  async resetPassword(token: string, password: string): Promise<void> {
    const problems: FieldProblem[] = [];
    checkPassword(password, undefined, problems);
    if (problems.length > 0) throw validationFailed(problems);
    const passwordHash = await hashPassword(password);
    await this.dataSource.transaction(async (manager) => {
      const accountId = await this.tokens.consume(token, 'reset-password', manager);
      if (!accountId) throw linkInvalid('password reset');
      const account = await manager.getRepository(AccountEntity).findOneByOrFail({ id: accountId });
      const emailProblem: FieldProblem[] = [];
      checkPassword(password, account.email ?? undefined, emailProblem);
      if (emailProblem.length > 0) throw validationFailed(emailProblem);
      // Following the link proves the address, too.
      await manager
        .getRepository(AccountEntity)
        .update(
          { id: accountId },
          { passwordHash, emailVerifiedAt: account.emailVerifiedAt ?? new Date() },
        );
      await this.sessions.endAll(accountId, manager);
      if (account.email) await this.throttle.clearAccount(account.email, manager);
      await this.audit.record(
        {
          action: 'account.reset-password',
          outcome: 'success',
          actor: { userId: accountId, role: 'account' },
          target: { type: 'account', id: accountId },
        },
        manager,
      );
    });
  }

  async updateProfile(
    actor: Actor,
    input: { name: string; jobTitle: string },
  ): Promise<AccountEntity> {
    await this.policy.authorize(actor, { action: 'account.manage-self' });
    const problems: FieldProblem[] = [];
    checkText(input.name, 'name', 'full name', problems);
    checkText(input.jobTitle, 'jobTitle', 'job title', problems);
    if (problems.length > 0) throw validationFailed(problems);
    const repository = this.dataSource.getRepository(AccountEntity);
    await repository.update(
      { id: actor.userId },
      { name: input.name.trim(), jobTitle: input.jobTitle.trim() },
    );
    return repository.findOneByOrFail({ id: actor.userId });
  }

  /**
   * Changes the password, given the current one (a wrong one counts as a
   * failed sign-in). Every other session of the account ends; this one
   * continues under a new id.
   */
  async changePassword(
    actor: Actor,
    input: { currentPassword: string; newPassword: string },
    ip: string | undefined,
    response: Response,
  ): Promise<void> {
    await this.policy.authorize(actor, { action: 'account.manage-self' });
    const repository = this.dataSource.getRepository(AccountEntity);
    const account = await repository.findOneByOrFail({ id: actor.userId });
    const problems: FieldProblem[] = [];
    if (!input.currentPassword) {
      // Nothing to check, so not a failed attempt; the new one is still checked below.
      problems.push({ field: 'currentPassword', message: 'Enter your current password' });
    } else if (
      !account.passwordHash ||
      !(await this.passwords.confirm(account, input.currentPassword, ip, 'change-password'))
    ) {
      problems.push({ field: 'currentPassword', message: 'Your current password is not correct' });
    }
    checkPassword(input.newPassword, account.email ?? undefined, problems, 'newPassword');
    if (problems.length > 0) throw validationFailed(problems);
    const passwordHash = await hashPassword(input.newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(AccountEntity).update({ id: account.id }, { passwordHash });
      await this.sessions.renewAfterCredentialChange(account.id, response, manager);
      await this.audit.record(
        {
          action: 'account.change-password',
          outcome: 'success',
          target: { type: 'account', id: account.id },
        },
        manager,
      );
    });
  }
}
