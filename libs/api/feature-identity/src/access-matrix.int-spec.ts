import { ACCESS_KEY } from '@lgx/api/core/auth';
import { signedIn, type TestSession, type TestSessionOptions } from '@lgx/api/testing';
import { GraphQLSchemaHost, TypeMetadataStorage } from '@nestjs/graphql';
import request from 'supertest';

import { errorCode } from './test/browser-like-client';
import { bootIdentityApp, type IdentityTestApp } from './test/identity-test-app';

type Role =
  | 'visitor'
  | 'account'
  | 'officer'
  | 'editor'
  | 'council admin'
  | 'other council admin'
  | 'moderator'
  | 'platform admin';
const ROLES: Record<Exclude<Role, 'visitor'>, TestSessionOptions> = {
  account: { unverified: true },
  officer: { council: 'DER', role: 'OFFICER' },
  editor: { council: 'DER', role: 'EDITOR' },
  'council admin': { council: 'DER', role: 'ADMIN' },
  'other council admin': { council: 'NOT', role: 'ADMIN' },
  moderator: { platformRole: 'MODERATOR' },
  'platform admin': { platformRole: 'ADMIN' },
};

interface Operation {
  name: string;
  /** Runs the operation as `as`; `target` is a fresh Derby officer to act on. */
  run: (
    as: (query: string, variables?: Record<string, unknown>) => ReturnType<TestSession['graphql']>,
    target: TestSession,
  ) => ReturnType<TestSession['graphql']>;
  allowed: Role[];
}

const everyone: Role[] = [
  'visitor',
  'account',
  'officer',
  'editor',
  'council admin',
  'other council admin',
  'moderator',
  'platform admin',
];
const signedInRoles = everyone.filter((role) => role !== 'visitor');

/** The roles × operations matrix of identity and access, as it is enforced. */
const OPERATIONS: Operation[] = [
  { name: 'viewer', run: (as) => as(`{ viewer { councilRole } }`), allowed: everyone },
  { name: 'myData', run: (as) => as(`{ myData }`), allowed: signedInRoles },
  {
    name: 'updateAccount',
    run: (as) =>
      as(`mutation { updateAccount(input: { name: "New Name", jobTitle: "Lead" }) { name } }`),
    allowed: signedInRoles,
  },
  {
    name: 'signOutEverywhere',
    run: (as) => as(`mutation { signOutEverywhere }`),
    allowed: signedInRoles,
  },
  {
    name: 'councilMembers(DER)',
    run: (as) => as(`{ councilMembers(councilCode: "DER") { role } }`),
    allowed: ['council admin', 'platform admin'],
  },
  {
    name: 'changeMemberRole(DER officer → EDITOR)',
    run: (as, target) =>
      as(`mutation($id: ID!) { changeMemberRole(accountId: $id, role: EDITOR) { role } }`, {
        id: target.accountId,
      }),
    allowed: ['council admin', 'platform admin'],
  },
  {
    name: 'removeMember(DER officer)',
    run: (as, target) =>
      as(`mutation($id: ID!) { removeMember(accountId: $id) }`, { id: target.accountId }),
    allowed: ['council admin', 'platform admin'],
  },
  {
    name: 'councilDomains',
    run: (as) => as(`{ councilDomains { domain } }`),
    allowed: ['platform admin'],
  },
  {
    name: 'addCouncilDomain',
    run: (as) =>
      as(`mutation($d: String!) { addCouncilDomain(councilCode: "KEN", domain: $d) { domain } }`, {
        d: `k${Math.random().toString(36).slice(2, 8)}.gov.uk`,
      }),
    allowed: ['platform admin'],
  },
  {
    name: 'removeCouncilDomain',
    run: (as) => as(`mutation { removeCouncilDomain(domain: "nowhere.gov.uk") }`),
    allowed: [],
  },
  {
    name: 'auditEvents',
    run: (as) => as(`{ auditEvents(first: 5) { totalCount } }`),
    allowed: ['platform admin'],
  },
];

describe('roles × operations', () => {
  let harness: IdentityTestApp;
  const sessions = new Map<Role, TestSession>();

  beforeAll(async () => {
    harness = await bootIdentityApp();
  });
  afterAll(() => harness?.close());

  async function caller(role: Role) {
    if (role === 'visitor')
      return (query: string, variables?: Record<string, unknown>) =>
        harness.graphql(query, variables);
    // Sessions end in some operations (sign out everywhere): make a fresh one each time.
    const session = await signedIn(harness, ROLES[role]);
    sessions.set(role, session);
    return session.graphql;
  }

  for (const operation of OPERATIONS) {
    for (const role of everyone) {
      const allowed = operation.allowed.includes(role);
      it(`${operation.name} as ${role}: ${allowed ? 'allowed' : 'refused'}`, async () => {
        const target = await signedIn(harness, { council: 'DER', role: 'OFFICER' });
        const response = await operation.run(await caller(role), target);
        if (allowed) {
          expect(response.errors).toBeUndefined();
        } else if (operation.name === 'removeCouncilDomain' && role === 'platform admin') {
          expect(errorCode(response)).toBe('NOT_FOUND');
        } else {
          expect(errorCode(response)).toBe(role === 'visitor' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
        }
      });
    }
  }

  it('refuses removeCouncilDomain to everyone but platform admins (who get a clear not-found here)', async () => {
    const admin = await signedIn(harness, { platformRole: 'ADMIN' });
    const response = await admin.graphql(
      `mutation { removeCouncilDomain(domain: "nowhere.gov.uk") }`,
    );
    expect(response.errors?.[0]?.message).toBe('The domain nowhere.gov.uk was not found.');
  });

  it('leaves no query or mutation without a declared access rule', () => {
    const schema = harness.app.get(GraphQLSchemaHost).schema;
    const rootFields = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}).map((name) => ['Query', name]),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((name) => ['Mutation', name]),
    ];
    const resolvers = [
      ...TypeMetadataStorage.getQueriesMetadata(),
      ...TypeMetadataStorage.getMutationsMetadata(),
    ];
    const unguarded = rootFields.filter(([, name]) => {
      const metadata = resolvers.find((resolver) => resolver.schemaName === name);
      const handler =
        metadata &&
        (metadata.target as { prototype: Record<string, unknown> }).prototype[metadata.methodName];
      return !handler || !Reflect.getMetadata(ACCESS_KEY, handler as object);
    });
    expect(rootFields.length).toBeGreaterThan(10);
    expect(unguarded).toEqual([]);
  });

  it('records refusals in the audit log', async () => {
    const officer = await signedIn(harness, { council: 'DER', role: 'OFFICER' });
    await officer.graphql(`{ councilMembers(councilCode: "DER") { role } }`);
    const [row] = await harness.dataSource.query(
      `SELECT actor_role, outcome, details FROM audit_event WHERE actor_user_id = $1 AND outcome = 'denied'`,
      [officer.accountId],
    );
    expect(row).toMatchObject({
      actor_role: 'council officer',
      outcome: 'denied',
      details: { reason: 'not an admin of this council' },
    });
  });

  it('refuses a session cookie that is not ours', async () => {
    const response = await request(harness.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('cookie', 'lgx_session=forged-token')
      .send({ query: '{ myData }' });
    expect(response.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
