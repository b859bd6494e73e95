import { AuditService } from '@lgx/api/core/audit';
import { type Actor, PolicyService } from '@lgx/api/core/auth';
import { SessionsService } from '@lgx/api/core/auth';
import { APP_CONFIG, type AppConfig } from '@lgx/api/core/config';
import { Mailer } from '@lgx/api/core/mail';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { hash, verify } from '@node-rs/argon2';
import type { DataSource } from 'typeorm';

import { AccountEntity } from '../entities';
import { type FieldProblem, linkInvalid, validationFailed } from '../identity.errors';
import { checkEmail, checkPassword, checkText, normaliseEmail } from './account-input';
import { MembershipsService } from './memberships.service';
import { OneTimeTokensService, TOKEN_LIFETIME_MS } from './one-time-tokens.service';
import { ARGON2ID_OPTIONS } from './password-rules';

interface SignUpFields {
  email: string;
  name: string;
  jobTitle: string;
  password: string;
}

const hours = (ms: number) => Math.round(ms / 3_600_000);

/** Accounts: sign-up, email verification, password reset and profile changes. */
@Injectable()
export class AccountsService {
  private readonly logger = new Logger(AccountsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tokens: OneTimeTokensService,
    private readonly memberships: MembershipsService,
    private readonly sessions: SessionsService,
    private readonly policy: PolicyService,
    private readonly audit: AuditService,
    private readonly mailer: Mailer,
  ) {}

  static hashPassword(password: string): Promise<string> {
    return hash(password, ARGON2ID_OPTIONS);
  }

  static verifyPassword(passwordHash: string, password: string): Promise<boolean> {
    return verify(passwordHash, password).catch(() => false);
  }

  /**
   * Creates an account and emails a verification link. Whether the email is
   * already registered is never revealed: its owner gets a note instead.
   */
  async signUp(input: SignUpFields): Promise<{ email: string }> {
    const email = normaliseEmail(input.email);
    const problems: FieldProblem[] = [];
    checkEmail(input.email, problems);
    checkText(input.name, 'name', 'full name', problems);
    checkText(input.jobTitle, 'jobTitle', 'job title', problems);
    checkPassword(input.password, email, problems);
    if (problems.length > 0) throw validationFailed(problems);

    const accounts = this.dataSource.getRepository(AccountEntity);
    const existing = await accounts.findOneBy({ email });
    if (existing) {
      await this.send(email, 'Someone tried to create an LGX account with your email', [
        'Someone (perhaps you) tried to create an LGX account with this email address, which already has one.',
        '',
        `If it was you, sign in at ${this.url('/sign-in')} or reset your password at ${this.url('/forgotten-password')}.`,
        'If it was not you, you do not need to do anything.',
      ]);
      return { email };
    }
    const passwordHash = await AccountsService.hashPassword(input.password);
    const account = await this.dataSource.transaction(async (manager) => {
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
    await this.sendVerification(account);
    return { email };
  }

  /** Emails a new verification link if the account exists and is not yet verified. Always looks the same. */
  async resendVerification(rawEmail: string): Promise<{ email: string }> {
    const problems: FieldProblem[] = [];
    checkEmail(rawEmail, problems);
    if (problems.length > 0) throw validationFailed(problems);
    const email = normaliseEmail(rawEmail);
    const account = await this.dataSource
      .getRepository(AccountEntity)
      .findOneBy({ email, status: 'active' });
    if (account && !account.emailVerifiedAt) await this.sendVerification(account);
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

  /** Emails a reset link when the account exists. Always looks the same. */
  async requestPasswordReset(rawEmail: string): Promise<{ email: string }> {
    const problems: FieldProblem[] = [];
    checkEmail(rawEmail, problems);
    if (problems.length > 0) throw validationFailed(problems);
    const email = normaliseEmail(rawEmail);
    const account = await this.dataSource
      .getRepository(AccountEntity)
      .findOneBy({ email, status: 'active' });
    if (account) {
      const token = await this.tokens.issue(account.id, 'reset-password');
      await this.send(email, 'Reset your LGX password', [
        `Use this link to choose a new password. It works once, for ${hours(TOKEN_LIFETIME_MS['reset-password'])} hour:`,
        '',
        this.url(`/reset-password?token=${token}`),
        '',
        'If you did not ask for this, you do not need to do anything.',
      ]);
    }
    return { email };
  }

  /** Sets a new password from a reset link and signs the account out everywhere. */
  async resetPassword(token: string, password: string): Promise<void> {
    const problems: FieldProblem[] = [];
    checkPassword(password, undefined, problems);
    if (problems.length > 0) throw validationFailed(problems);
    const passwordHash = await AccountsService.hashPassword(password);
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

  async changePassword(actor: Actor, currentPassword: string, newPassword: string): Promise<void> {
    await this.policy.authorize(actor, { action: 'account.manage-self' });
    const repository = this.dataSource.getRepository(AccountEntity);
    const account = await repository.findOneByOrFail({ id: actor.userId });
    const problems: FieldProblem[] = [];
    if (
      !account.passwordHash ||
      !(await AccountsService.verifyPassword(account.passwordHash, currentPassword))
    ) {
      problems.push({ field: 'currentPassword', message: 'Your current password is not correct' });
    }
    checkPassword(newPassword, account.email ?? undefined, problems, 'newPassword');
    if (problems.length > 0) throw validationFailed(problems);
    await repository.update(
      { id: account.id },
      { passwordHash: await AccountsService.hashPassword(newPassword) },
    );
  }

  private async sendVerification(account: AccountEntity): Promise<void> {
    const token = await this.tokens.issue(account.id, 'verify-email');
    await this.send(account.email!, 'Confirm your email address for LGX', [
      `Hello ${account.name},`,
      '',
      `Confirm your email address to finish creating your LGX account. The link works once, for ${hours(TOKEN_LIFETIME_MS['verify-email'])} hours:`,
      '',
      this.url(`/verify-email?token=${token}`),
      '',
      'If you did not create an account, you do not need to do anything.',
    ]);
  }

  private url(path: string): string {
    return new URL(path, this.config.publicUrl).toString();
  }

  private async send(to: string, subject: string, lines: string[]): Promise<void> {
    try {
      await this.mailer.send({ to, subject, text: lines.join('\n') });
    } catch (error) {
      // The account change stands; the person can ask for the email again.
      this.logger.error(`Could not send "${subject}": ${(error as Error).message}`);
    }
  }
}
