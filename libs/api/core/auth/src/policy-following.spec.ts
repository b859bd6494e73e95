import { type Actor, VISITOR } from './actor';
import { decide, type PolicyRequest } from './policy';

const account = (userId: string, extra: Partial<Actor> = {}): Actor => ({
  userId,
  emailVerified: true,
  platformRoles: [],
  mfaChallengePending: false,
  mfaEnrolmentRequired: false,
  ...extra,
});

const ROLES: Record<string, Actor> = {
  visitor: VISITOR,
  'unconfirmed account': account('u1', { emailVerified: false }),
  'visitor-level account': account('u1'),
  'council officer': account('u1', { council: { code: 'DER', role: 'OFFICER' } }),
  'council editor': account('u1', { council: { code: 'DER', role: 'EDITOR' } }),
  'council admin': account('u1', { council: { code: 'DER', role: 'ADMIN' } }),
  moderator: account('u1', { platformRoles: ['MODERATOR'] }),
  'platform admin': account('u1', { platformRoles: ['ADMIN'] }),
};

const allowed = (actor: Actor, request: PolicyRequest) => decide(actor, request).allowed;

describe('the policy on follows and notifications, for every role', () => {
  it.each(Object.entries(ROLES))(
    '%s: follows and reads their own only when signed in',
    (name, actor) => {
      const signedIn = name !== 'visitor';
      expect(allowed(actor, { action: 'follow.manage-own' })).toBe(signedIn);
      expect(allowed(actor, { action: 'notification.read-own' })).toBe(signedIn);
      expect(allowed(actor, { action: 'email-preferences.manage-own' })).toBe(signedIn);
      expect(allowed(actor, { action: 'follow.change', ownerAccountId: 'u1' })).toBe(signedIn);
      expect(allowed(actor, { action: 'notification.mark-read', ownerAccountId: 'u1' })).toBe(
        signedIn,
      );
    },
  );

  it.each(Object.entries(ROLES))('%s: never changes another account’s', (_name, actor) => {
    expect(allowed(actor, { action: 'follow.change', ownerAccountId: 'u2' })).toBe(false);
    expect(allowed(actor, { action: 'notification.mark-read', ownerAccountId: 'u2' })).toBe(false);
  });
});
