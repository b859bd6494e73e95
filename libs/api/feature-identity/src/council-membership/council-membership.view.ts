import type { Member } from './council-membership.object';
import type { MemberRow } from './council-membership.service';

/** A member as the council's admins see them. */
export function toMember({ account, membership }: MemberRow): Member {
  return {
    account: {
      id: account.id,
      name: account.name,
      email: account.email ?? '',
      jobTitle: account.jobTitle,
      mfaEnabled: account.mfaEnabledAt !== null,
    },
    role: membership.role,
    since: membership.createdAt,
  };
}
