import { buildActor, roleNeedsMfa } from './build-actor';

const account = (overrides: Partial<Parameters<typeof buildActor>[0]> = {}) => ({
  id: 'account-1',
  emailVerifiedAt: new Date(),
  platformRole: null,
  mfaEnabledAt: null,
  ...overrides,
});
const session = { id: 'session-1', mfaVerified: true };
const admin = { councilCode: 'DER', role: 'ADMIN' as const, status: 'active' as const };

describe('buildActor over plain rows', () => {
  it('gives a verified officer their council role', () => {
    const actor = buildActor(account(), session, { ...admin, role: 'EDITOR' });
    expect(actor).toMatchObject({
      userId: 'account-1',
      sessionId: 'session-1',
      council: { code: 'DER', role: 'EDITOR' },
      platformRoles: [],
      mfaChallengePending: false,
      mfaEnrolmentRequired: false,
    });
  });

  it('turns an admin without two-factor authentication into an editor', () => {
    const actor = buildActor(account(), session, admin);
    expect(actor.council).toEqual({ code: 'DER', role: 'EDITOR' });
    expect(actor.mfaEnrolmentRequired).toBe(true);
  });

  it('withholds every role while a two-factor challenge is pending', () => {
    const actor = buildActor(
      account({ mfaEnabledAt: new Date(), platformRole: 'ADMIN' }),
      { ...session, mfaVerified: false },
      admin,
    );
    expect(actor.council).toBeUndefined();
    expect(actor.platformRoles).toEqual([]);
    expect(actor.mfaChallengePending).toBe(true);
  });

  it('gives no council to an unverified email or a removed membership', () => {
    expect(buildActor(account({ emailVerifiedAt: null }), session, admin).council).toBeUndefined();
    expect(buildActor(account(), session, { ...admin, status: 'removed' }).council).toBeUndefined();
  });

  it('asks for two-factor authentication for platform roles and council admins only', () => {
    expect(roleNeedsMfa({ platformRole: 'MODERATOR' })).toBe(true);
    expect(roleNeedsMfa({ platformRole: null }, admin)).toBe(true);
    expect(roleNeedsMfa({ platformRole: null }, { role: 'EDITOR', status: 'active' })).toBe(false);
    expect(roleNeedsMfa({ platformRole: null }, { ...admin, status: 'removed' })).toBe(false);
  });
});
