import { randomBytes } from 'node:crypto';

import { signedIn, type TestSession, type TestSessionOptions } from '@lgx/api/testing';

import { errorCode } from '../test/browser-like-client';
import { bootIdentityApp, type IdentityTestApp } from '../test/identity-test-app';

type Role =
  | 'visitor'
  | 'unverified'
  | 'no council'
  | 'officer'
  | 'editor'
  | 'other council admin'
  | 'council admin'
  | 'platform admin';
const ROLES: Record<Exclude<Role, 'visitor'>, TestSessionOptions> = {
  unverified: { unverified: true },
  'no council': {},
  officer: { council: 'DER', role: 'OFFICER' },
  editor: { council: 'DER', role: 'EDITOR' },
  'other council admin': { council: 'NOT', role: 'ADMIN' },
  'council admin': { council: 'DER', role: 'ADMIN' },
  'platform admin': { platformRole: 'ADMIN' },
};
const EVERYONE = Object.keys({ visitor: 0, ...ROLES }) as Role[];

type Call = (
  query: string,
  variables?: Record<string, unknown>,
) => ReturnType<TestSession['graphql']>;
interface Operation {
  name: string;
  /** Runs it as `as` on `request`, a fresh pending request of the operation's kind. */
  run: (as: Call, request: string) => ReturnType<TestSession['graphql']>;
  kind?: 'EDITOR_ROLE' | 'COUNCIL_DOMAIN' | 'COUNCIL_ADMIN';
  allowed: Role[];
}

const accept = (kind: Operation['kind'], allowed: Role[]): Operation => ({
  name: `acceptAccessRequest(${kind})`,
  kind,
  run: (as, id) => as(`mutation($id: ID!) { acceptAccessRequest(id: $id) { status } }`, { id }),
  allowed,
});
const decline = (kind: Operation['kind'], allowed: Role[]): Operation => ({
  name: `declineAccessRequest(${kind})`,
  kind,
  run: (as, id) =>
    as(`mutation($id: ID!) { declineAccessRequest(id: $id, reason: "No") { status } }`, { id }),
  allowed,
});

/** Who may ask, see and decide, as enforced: everything else is refused. */
const OPERATIONS: Operation[] = [
  {
    name: 'askForCouncilDomain',
    run: (as) => as(`mutation { askForCouncilDomain(councilCode: "KEN") { status } }`),
    allowed: ['no council', 'platform admin'],
  },
  {
    name: 'askForCouncilRole(EDITOR)',
    run: (as) => as(`mutation { askForCouncilRole(role: EDITOR) { status } }`),
    allowed: ['officer', 'editor', 'other council admin', 'council admin'],
  },
  accept('EDITOR_ROLE', ['council admin', 'platform admin']),
  decline('EDITOR_ROLE', ['council admin', 'platform admin']),
  accept('COUNCIL_DOMAIN', ['platform admin']),
  decline('COUNCIL_DOMAIN', ['platform admin']),
  accept('COUNCIL_ADMIN', ['platform admin']),
  decline('COUNCIL_ADMIN', ['platform admin']),
  {
    name: 'accessRequests(DER)',
    run: (as) => as(`{ accessRequests(councilCode: "DER") { id } }`),
    allowed: ['council admin', 'platform admin'],
  },
  {
    name: 'accessRequests (platform queue)',
    run: (as) => as(`{ accessRequests { id } }`),
    allowed: ['platform admin'],
  },
  {
    name: 'councilContacts(DER)',
    run: (as) => as(`{ councilContacts(councilCode: "DER") { name } }`),
    allowed: ['officer', 'editor', 'council admin', 'platform admin'],
  },
  {
    name: 'myAccessRequests',
    run: (as) => as(`{ myAccessRequests { id } }`),
    allowed: EVERYONE.filter((role) => role !== 'visitor'),
  },
];

describe('access requests: roles × operations', () => {
  let harness: IdentityTestApp;
  beforeAll(async () => {
    harness = await bootIdentityApp();
  });
  afterAll(() => harness?.close());

  async function caller(role: Role): Promise<Call> {
    if (role === 'visitor') return (query, variables) => harness.graphql(query, variables);
    const session = await signedIn(harness, ROLES[role]);
    if (role === 'no council')
      await harness.dataSource.query(`UPDATE account SET email = $1 WHERE id = $2`, [
        `someone@${randomBytes(4).toString('hex')}.gov.uk`,
        session.accountId,
      ]);
    return session.graphql;
  }

  /** A pending Derby request of `kind`, made by a fresh Derby officer. */
  async function pending(kind: Operation['kind']): Promise<string> {
    const asker = await signedIn(harness, { council: 'DER' });
    const [{ id }] = await harness.dataSource.query(
      `INSERT INTO access_request (kind, council_code, domain, requester_ids) VALUES ($1, 'DER', $2, ARRAY[$3]::uuid[]) RETURNING id`,
      [
        kind,
        kind === 'COUNCIL_DOMAIN' ? `${randomBytes(4).toString('hex')}.gov.uk` : null,
        asker.accountId,
      ],
    );
    return id;
  }

  for (const operation of OPERATIONS) {
    for (const role of EVERYONE) {
      const allowed = operation.allowed.includes(role);
      it(`${operation.name} as ${role}: ${allowed ? 'allowed' : 'refused'}`, async () => {
        const request = operation.kind ? await pending(operation.kind) : '';
        const response = await operation.run(await caller(role), request);
        const code = errorCode(response);
        if (allowed) {
          // Allowed may still meet a rule (a public email domain, a role already held).
          expect(['FORBIDDEN', 'UNAUTHENTICATED']).not.toContain(code);
        } else {
          expect(code).toBe(role === 'visitor' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
          if (operation.kind) {
            const [row] = await harness.dataSource.query(
              `SELECT status FROM access_request WHERE id = $1`,
              [request],
            );
            expect(row.status).toBe('PENDING');
          }
        }
      });
    }
  }
});
