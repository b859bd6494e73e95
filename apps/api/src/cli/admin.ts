/**
 * Operations on accounts and council domains from the command line, for the
 * first platform admin and for local set-up:
 *
 *   npm run admin -- add-council-domain DER derby.gov.uk
 *   LGX_NEW_PASSWORD='...' npm run admin -- create-account ada@derby.gov.uk "Ada Lovelace" "Head of digital" [--council-role ADMIN] [--platform-role ADMIN]
 *   npm run admin -- grant-platform-role ada@derby.gov.uk ADMIN
 *   npm run admin -- load-sample-procurement-groups
 *
 * Uses DATABASE_URL, or the embedded PostgreSQL in the data folder.
 */
import 'reflect-metadata';

import { buildDataSourceOptions } from '@lgx/api/core/database';
import { AccountService, passwordProblem } from '@lgx/api/feature-identity';
import { DataSource } from 'typeorm';

import { ENTITIES } from '../entities';
import { MIGRATIONS } from '../migrations';
import { addSampleProcurementGroups } from '../sample-data/sample-procurement-groups';
import { withDatabase } from './with-database';

const ROLES = ['OFFICER', 'EDITOR', 'ADMIN'];
const PLATFORM_ROLES = ['MODERATOR', 'ADMIN'];

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

async function run(db: DataSource, [command, ...args]: string[]): Promise<string> {
  switch (command) {
    case 'add-council-domain':
      return addCouncilDomain(db, args);
    case 'create-account':
      return createAccount(db, args);
    case 'grant-platform-role':
      return grantPlatformRole(db, args);
    case 'load-sample-procurement-groups':
      return loadSampleProcurementGroups(db);
    default:
      return fail(
        'Commands: add-council-domain, create-account, grant-platform-role, load-sample-procurement-groups (see the top of apps/api/src/cli/admin.ts).',
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

async function createAccount(db: DataSource, args: string[]): Promise<string> {
  const [email, name, jobTitle] = args;
  const password = process.env['LGX_NEW_PASSWORD'];
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

async function loadSampleProcurementGroups(db: DataSource): Promise<string> {
  // `npm start` loads them in development; this is for other set-ups, e.g. the browser tests.
  const added = await addSampleProcurementGroups(db);
  return added === 0
    ? 'The sample procurement groups were already there (or their lead councils are not in the register).'
    : `Added ${added} sample procurement ${added === 1 ? 'group' : 'groups'}.`;
}

withDatabase(async (url) => {
  const db = new DataSource(
    buildDataSourceOptions({
      url,
      entities: ENTITIES,
      migrations: MIGRATIONS,
      migrationsRun: true,
    }),
  );
  await db.initialize();
  try {
    console.log(await run(db, process.argv.slice(2)));
  } finally {
    await db.destroy();
  }
}).catch((error: unknown) => {
  console.error(`Failed: ${(error as Error).message}`);
  process.exit(1);
});
