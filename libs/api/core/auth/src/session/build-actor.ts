import type { Actor, CouncilRole, PlatformRole } from '../actor';
import type { AccountEntity } from './account.entity';
import type { CouncilMembershipEntity } from './council-membership.entity';
import type { SessionEntity } from './session.entity';

/** Roles that must be protected by two-factor authentication. */
export function roleNeedsMfa(
  account: Pick<AccountEntity, 'platformRole'>,
  membership?: Pick<CouncilMembershipEntity, 'role' | 'status'> | null,
): boolean {
  return (
    account.platformRole !== null ||
    (membership?.status === 'active' && membership.role === 'ADMIN')
  );
}

/**
 * The actor for a signed-in account. Until MFA is satisfied the elevated
 * roles are withheld: a pending challenge withholds every role; a missing
 * enrolment turns council admin into editor and drops platform roles.
 */
export function buildActor(
  account: AccountEntity,
  session: SessionEntity,
  membership: CouncilMembershipEntity | null,
): Actor {
  const emailVerified = account.emailVerifiedAt !== null;
  const mfaEnabled = account.mfaEnabledAt !== null;
  const mfaChallengePending = mfaEnabled && !session.mfaVerified;
  const mfaEnrolmentRequired = !mfaEnabled && roleNeedsMfa(account, membership);

  let council: Actor['council'];
  if (membership?.status === 'active' && emailVerified && !mfaChallengePending) {
    const role: CouncilRole =
      mfaEnrolmentRequired && membership.role === 'ADMIN' ? 'EDITOR' : membership.role;
    council = { code: membership.councilCode, role };
  }
  const platformRoles: PlatformRole[] =
    account.platformRole && !mfaChallengePending && !mfaEnrolmentRequired
      ? [account.platformRole]
      : [];

  return {
    userId: account.id,
    sessionId: session.id,
    emailVerified,
    council,
    platformRoles,
    mfaChallengePending,
    mfaEnrolmentRequired,
  };
}
