import { type Actor, VISITOR } from './actor';
import { decide } from './policy';

const account = (extra: Partial<Actor> = {}): Actor => ({
  userId: 'u1',
  emailVerified: true,
  platformRoles: [],
  mfaChallengePending: false,
  mfaEnrolmentRequired: false,
  ...extra,
});

/** A case study led by Derby with Kent as co-author: who may record its actuals. */
const ROLES: [string, Actor, boolean][] = [
  ['visitor', VISITOR, false],
  ['account without a council', account(), false],
  ['Derby officer', account({ council: { code: 'DER', role: 'OFFICER' } }), false],
  ['Derby editor', account({ council: { code: 'DER', role: 'EDITOR' } }), true],
  ['Derby admin', account({ council: { code: 'DER', role: 'ADMIN' } }), true],
  ['Kent (co-author) editor', account({ council: { code: 'KEN', role: 'EDITOR' } }), true],
  ['Nottingham admin', account({ council: { code: 'NOT', role: 'ADMIN' } }), false],
  ['platform admin', account({ platformRoles: ['ADMIN'] }), false],
  ['platform moderator', account({ platformRoles: ['MODERATOR'] }), false],
];

describe("the policy on recording a case study's actuals, for every role", () => {
  it.each(ROLES)('%s', (_name, actor, expected) => {
    expect(
      decide(actor, { action: 'case-study.record-actuals', councilCodes: ['DER', 'KEN'] }).allowed,
    ).toBe(expected);
  });
});
