import { type Actor, VISITOR } from './actor';
import { decide, type PolicyRequest } from './policy';

const account = (extra: Partial<Actor> = {}): Actor => ({
  userId: 'u1',
  emailVerified: true,
  platformRoles: [],
  mfaChallengePending: false,
  mfaEnrolmentRequired: false,
  ...extra,
});

/** Derby's map, as each role sees it: [read private, edit, publish]. */
const ROLES: [string, Actor, [boolean, boolean, boolean]][] = [
  ['visitor', VISITOR, [false, false, false]],
  ['account without a council', account(), [false, false, false]],
  [
    'Nottingham officer',
    account({ council: { code: 'NOT', role: 'OFFICER' } }),
    [false, false, false],
  ],
  ['Nottingham admin', account({ council: { code: 'NOT', role: 'ADMIN' } }), [false, false, false]],
  ['Derby officer', account({ council: { code: 'DER', role: 'OFFICER' } }), [true, false, false]],
  ['Derby editor', account({ council: { code: 'DER', role: 'EDITOR' } }), [true, true, false]],
  ['Derby admin', account({ council: { code: 'DER', role: 'ADMIN' } }), [true, true, true]],
  ['platform admin', account({ platformRoles: ['ADMIN'] }), [false, false, false]],
  ['platform moderator', account({ platformRoles: ['MODERATOR'] }), [false, false, false]],
];

const allowed = (actor: Actor, request: PolicyRequest) => decide(actor, request).allowed;

describe("the policy on a council's digital ambition map, for every role", () => {
  it.each(ROLES)('%s', (_name, actor, [read, edit, publish]) => {
    const councilCode = 'DER';
    expect(allowed(actor, { action: 'ambition.read-private', councilCode })).toBe(read);
    expect(allowed(actor, { action: 'ambition.edit', councilCode })).toBe(edit);
    expect(allowed(actor, { action: 'ambition.publish', councilCode })).toBe(publish);
  });
});
