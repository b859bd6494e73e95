import type { Actor, CouncilRole, PlatformRole } from '../actor';

/** What the actor is built from: the columns of an account row it needs. */
export interface ActorAccountRow {
  id: string;
  emailVerifiedAt: Date | null;
  platformRole: PlatformRole | null;
  mfaEnabledAt: Date | null;
}

/** The columns of a session row the actor needs. */
export interface ActorSessionRow {
  id: string;
  mfaVerified: boolean;
}

/** The columns of a council membership row the actor needs. */
export interface ActorMembershipRow {
  councilCode: string;
  role: CouncilRole;
  status: 'active' | 'removed';
}

/** Roles that must be protected by two-factor authentication. */
export function roleNeedsMfa(
  account: Pick<ActorAccountRow, 'platformRole'>,
  membership?: Pick<ActorMembershipRow, 'role' | 'status'> | null,
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
  account: ActorAccountRow,
  session: ActorSessionRow,
  membership: ActorMembershipRow | null,
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
