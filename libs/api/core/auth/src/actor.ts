/** Roles within a council, from least to most. */
export const COUNCIL_ROLES = ['OFFICER', 'EDITOR', 'ADMIN'] as const;
export type CouncilRole = (typeof COUNCIL_ROLES)[number];

/** Roles across the platform. */
export const PLATFORM_ROLES = ['MODERATOR', 'ADMIN'] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];

/**
 * Who is making a request, as the policy sees it. Elevated roles (council
 * admin, platform roles) are only present once multi-factor authentication
 * is satisfied for this session.
 */
export interface Actor {
  /** Absent for a visitor (not signed in). */
  userId?: string;
  sessionId?: string;
  emailVerified: boolean;
  /** Set when the account is a verified officer of a council. */
  council?: { code: string; role: CouncilRole };
  platformRoles: PlatformRole[];
  /** The account has MFA and this session has not yet passed its challenge. */
  mfaChallengePending: boolean;
  /** The account's roles need MFA and it has not enrolled yet. */
  mfaEnrolmentRequired: boolean;
}

export const VISITOR: Actor = Object.freeze({
  emailVerified: false,
  platformRoles: [],
  mfaChallengePending: false,
  mfaEnrolmentRequired: false,
}) as Actor;

export function councilRoleAtLeast(role: CouncilRole | undefined, needed: CouncilRole): boolean {
  return role !== undefined && COUNCIL_ROLES.indexOf(role) >= COUNCIL_ROLES.indexOf(needed);
}

/** The role names the product speaks of, for messages and the audit log. */
export function describeActor(actor: Actor): string {
  if (!actor.userId) return 'visitor';
  if (actor.platformRoles.includes('ADMIN')) return 'platform admin';
  if (actor.platformRoles.includes('MODERATOR')) return 'platform moderator';
  if (actor.council) return `council ${actor.council.role.toLowerCase()}`;
  return 'account';
}
