/**
 * The admin commands, as a module the CLI (admin.ts) and the tests run. A
 * command that cannot do what was asked throws AdminCommandError with a
 * message that says why; nothing here exits the process.
 */
import { AuditService } from '@lgx/api/core/audit';
import { JobQueue } from '@lgx/api/core/jobs';
import { AccountService, passwordProblem } from '@lgx/api/feature-identity';
import { DIGEST_FREQUENCIES, DIGEST_PLAN_JOB, digestPeriod } from '@lgx/api/feature-notifications';
import type { DataSource } from 'typeorm';

import { addSampleProcurementGroups } from '../sample-data/sample-procurement-groups';

const ROLES = ['OFFICER', 'EDITOR', 'ADMIN'];
const PLATFORM_ROLES = ['MODERATOR', 'ADMIN'];

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

/** A command that cannot do what was asked: the message says why and what to do. */
export class AdminCommandError extends Error {
  override readonly name = 'AdminCommandError';
}

function fail(message: string): never {
  throw new AdminCommandError(message);
}

/**
 * Runs one admin command (`argv` without the program) and returns what to print; throws
 * AdminCommandError. create-account's password is `newPassword`, else LGX_NEW_PASSWORD.
 */
export async function runAdminCommand(
  db: DataSource,
  [command, ...args]: string[],
  newPassword = process.env['LGX_NEW_PASSWORD'],
): Promise<string> {
  switch (command) {
    case 'add-council-domain':
      return addCouncilDomain(db, args);
    case 'create-account':
      return createAccount(db, args, newPassword);
    case 'grant-platform-role':
      return grantPlatformRole(db, args);
    case 'set-council-role':
      return setCouncilRole(db, args);
    case 'load-sample-procurement-groups':
      return loadSampleProcurementGroups(db);
    case 'send-digests':
      return sendDigests(db, args);
    default:
      return fail(
        'Commands: add-council-domain, create-account, grant-platform-role, set-council-role, load-sample-procurement-groups, send-digests (see the top of apps/api/src/cli/admin.ts).',
      );
  }
}

async function addCouncilDomain(db: DataSource, args: string[]): Promise<string> {
  const [code, rawDomain] = args;
  const domain = rawDomain?.trim().toLowerCase();
  if (!code || !domain) fail('Usage: add-council-domain <COUNCIL-CODE> <domain>');
  const council = await db.query(`SELECT nice_name FROM council WHERE code = $1 AND is_current`, [
    code.toUpperCase(),
  ]);
  if (council.length === 0) fail(`There is no current council with the code ${code}.`);
  const existing = await db.query(`SELECT council_code FROM council_domain WHERE domain = $1`, [
    domain,
  ]);
  if (existing.length > 0) return `${domain} already belongs to ${existing[0].council_code}.`;
  await db.query(`INSERT INTO council_domain (domain, council_code) VALUES ($1, $2)`, [
    domain,
    code.toUpperCase(),
  ]);
  // Verified accounts already on the domain become officers.
  await db.query(
    `INSERT INTO council_membership (account_id, council_code, role, status)
     SELECT id, $2, 'OFFICER', 'active' FROM account
     WHERE email LIKE '%@' || $1 AND email_verified_at IS NOT NULL ON CONFLICT (account_id) DO NOTHING`,
    [domain, code.toUpperCase()],
  );
  return `${domain} now belongs to ${council[0].nice_name} (${code.toUpperCase()}).`;
}

async function createAccount(
  db: DataSource,
  args: string[],
  password: string | undefined,
): Promise<string> {
  const [email, name, jobTitle] = args;
  if (!email || !name || !jobTitle)
    fail(
      'Usage: LGX_NEW_PASSWORD=... create-account <email> <name> <job title> [--council-role ROLE] [--platform-role ROLE]',
    );
  if (!password) fail('Set the password in LGX_NEW_PASSWORD (so it is not in your shell history).');
  const problem = passwordProblem(password, email);
  if (problem) fail(problem);
  const councilRole = option(args, '--council-role')?.toUpperCase();
  const platformRole = option(args, '--platform-role')?.toUpperCase();
  if (councilRole && !ROLES.includes(councilRole))
    fail(`--council-role must be one of ${ROLES.join(', ')}`);
  if (platformRole && !PLATFORM_ROLES.includes(platformRole))
    fail(`--platform-role must be one of ${PLATFORM_ROLES.join(', ')}`);
  const normalised = email.trim().toLowerCase();
  const [account] = await db.query(
    `INSERT INTO account (email, email_verified_at, name, job_title, password_hash, status, platform_role)
     VALUES ($1, now(), $2, $3, $4, 'active', $5) RETURNING id`,
    [normalised, name, jobTitle, await AccountService.hashPassword(password), platformRole ?? null],
  );
  const [domain] = await db.query(`SELECT council_code FROM council_domain WHERE domain = $1`, [
    normalised.split('@')[1],
  ]);
  if (domain) {
    await db.query(
      `INSERT INTO council_membership (account_id, council_code, role, status) VALUES ($1, $2, $3, 'active')`,
      [account.id, domain.council_code, councilRole ?? 'OFFICER'],
    );
  } else if (councilRole) {
    fail(`No council owns ${normalised.split('@')[1]}: add the domain first (add-council-domain).`);
  }
  return `Created ${normalised}${domain ? ` as ${(councilRole ?? 'OFFICER').toLowerCase()} of ${domain.council_code}` : ''}${platformRole ? `, platform ${platformRole.toLowerCase()}` : ''}.`;
}

async function grantPlatformRole(db: DataSource, args: string[]): Promise<string> {
  const [email, role] = args;
  if (!email || !role || !PLATFORM_ROLES.includes(role.toUpperCase()))
    fail('Usage: grant-platform-role <email> <MODERATOR|ADMIN>');
  const result = await db.query(
    `UPDATE account SET platform_role = $2 WHERE email = $1 AND status = 'active' RETURNING id`,
    [email.trim().toLowerCase(), role.toUpperCase()],
  );
  if (result[0].length === 0) fail(`No active account has the email ${email}.`);
  return `${email} is now platform ${role.toLowerCase()}. They must set up two-factor authentication to use it.`;
}

/** Changes an existing member's council role, audited as the members page's change is. */
async function setCouncilRole(db: DataSource, args: string[]): Promise<string> {
  const [rawEmail, rawRole] = args;
  const role = rawRole?.trim().toUpperCase();
  if (!rawEmail || !role) fail('Usage: set-council-role <email> <OFFICER|EDITOR|ADMIN>');
  if (!ROLES.includes(role))
    fail(`The role must be one of ${ROLES.join(', ')} (you gave "${rawRole}").`);
  const email = rawEmail.trim().toLowerCase();
  const [account] = await db.query(
    `SELECT id, mfa_enabled_at FROM account WHERE email = $1 AND status = 'active'`,
    [email],
  );
  if (!account) fail(`No active account has the email ${email}.`);
  return db.transaction(async (manager) => {
    const [membership] = await manager.query(
      `SELECT council_code, role, status FROM council_membership WHERE account_id = $1 FOR UPDATE`,
      [account.id],
    );
    if (!membership || membership.status !== 'active')
      fail(
        membership
          ? `${email} was removed from ${membership.council_code}; a council admin can add them back.`
          : `${email} is not a member of any council: their email domain must belong to one (add-council-domain) and the address be confirmed.`,
      );
    if (membership.role === role)
      return `${email} is already ${role.toLowerCase()} of ${membership.council_code}.`;
    await manager.query(
      `UPDATE council_membership SET role = $2, updated_at = now() WHERE account_id = $1`,
      [account.id, role],
    );
    await new AuditService(db).record(
      {
        action: 'council.members.change-role',
        outcome: 'success',
        target: { type: 'account', id: account.id },
        details: {
          councilCode: membership.council_code,
          from: membership.role,
          to: role,
          via: 'admin CLI',
        },
      },
      manager,
    );
    const reminder =
      role === 'ADMIN' && !account.mfa_enabled_at
        ? ' They must set up two-factor authentication before the admin role takes effect.'
        : '';
    return `${email} is now ${role.toLowerCase()} of ${membership.council_code} (was ${membership.role.toLowerCase()}).${reminder}`;
  });
}

async function loadSampleProcurementGroups(db: DataSource): Promise<string> {
  // `npm start` loads them in development; this is for other set-ups, e.g. the browser tests.
  const added = await addSampleProcurementGroups(db);
  return added === 0
    ? 'The sample procurement groups were already there (or their lead councils are not in the register).'
    : `Added ${added} sample procurement ${added === 1 ? 'group' : 'groups'}.`;
}

/**
 * Queues the planning of one period's digests, as the 07:00 tick does: for a
 * tick that was missed longer than the scheduler's catch-up, or, with --at, to
 * try digests out ahead of time. The running API's job worker sends them, each
 * person's at most once per period (decision 0049).
 */
async function sendDigests(db: DataSource, args: string[]): Promise<string> {
  const frequency = DIGEST_FREQUENCIES.find((each) => each === args[0]?.trim().toUpperCase());
  if (!frequency) fail('Usage: send-digests <DAILY|WEEKLY> [--at <ISO date and time>]');
  const rawAt = option(args, '--at');
  const at = rawAt === undefined ? new Date() : new Date(rawAt);
  if (Number.isNaN(at.getTime()))
    fail(`--at must be a date and time such as 2026-12-03T07:00:00Z (you gave "${rawAt}").`);
  const period = digestPeriod(frequency, at);
  await new JobQueue(db).add(
    DIGEST_PLAN_JOB[frequency],
    { _cron: { ts: period.to.toISOString() } },
    { maxAttempts: 5 },
  );
  return `Queued the ${frequency.toLowerCase()} digests of ${period.from.toISOString()} to ${period.to.toISOString()}: the running API sends them, each person's once.`;
}
