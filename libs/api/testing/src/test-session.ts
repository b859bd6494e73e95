import { createHash, randomBytes } from 'node:crypto';

import request from 'supertest';

import type { GraphQLResponse, TestApp } from './test-app';

export type TestCouncilRole = 'OFFICER' | 'EDITOR' | 'ADMIN';

export interface TestSessionOptions {
  /** A verified officer of this council (register code), with this role (default OFFICER). */
  council?: string;
  role?: TestCouncilRole;
  platformRole?: 'MODERATOR' | 'ADMIN';
  /** An account whose email is not verified (no council rights). */
  unverified?: boolean;
  /** Name shown in lists; a unique one is made up otherwise. */
  name?: string;
}

export interface TestSession {
  accountId: string;
  email: string;
  cookie: string;
  graphql: <Data = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ) => Promise<GraphQLResponse<Data>>;
}

/** The email domain the harness gives a council, e.g. der.test.gov.uk. */
export const testDomainOf = (councilCode: string) => `${councilCode.toLowerCase()}.test.gov.uk`;

/**
 * A signed-in person in one line, written straight to the identity tables:
 * an account, its council membership (and domain) and a live session. Roles
 * that need MFA get it, already passed, so tests exercise the role itself.
 */
export async function signedIn(
  harness: TestApp,
  options: TestSessionOptions = {},
): Promise<TestSession> {
  const db = harness.dataSource;
  const suffix = randomBytes(4).toString('hex');
  const domain = options.council ? testDomainOf(options.council) : 'example.org';
  const email = `person-${suffix}@${domain}`;
  const needsMfa = Boolean(options.platformRole) || options.role === 'ADMIN';
  const [{ id }] = await db.query(
    `INSERT INTO account (email, email_verified_at, name, job_title, status, platform_role, mfa_enabled_at)
     VALUES ($1, $2, $3, 'Test officer', 'active', $4, $5) RETURNING id`,
    [
      email,
      options.unverified ? null : new Date(),
      options.name ?? `Person ${suffix}`,
      options.platformRole ?? null,
      needsMfa ? new Date() : null,
    ],
  );
  if (options.council && !options.unverified) {
    await db.query(
      `INSERT INTO council_domain (domain, council_code) VALUES ($1, $2) ON CONFLICT (domain) DO NOTHING`,
      [domain, options.council],
    );
    await db.query(
      `INSERT INTO council_membership (account_id, council_code, role, status) VALUES ($1, $2, $3, 'active')`,
      [id, options.council, options.role ?? 'OFFICER'],
    );
  }
  const token = randomBytes(32).toString('base64url');
  await db.query(
    `INSERT INTO session (id, account_id, last_seen_at, expires_at, mfa_verified) VALUES ($1, $2, now(), now() + interval '12 hours', true)`,
    [createHash('sha256').update(token).digest('hex'), id],
  );
  const cookie = `lgx_session=${token}`;
  const server = harness.app.getHttpServer();
  return {
    accountId: id,
    email,
    cookie,
    graphql: async (query, variables) => {
      const response = await request(server)
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('cookie', cookie)
        .send({ query, variables });
      return { status: response.status, ...(response.body as object) };
    },
  };
}
