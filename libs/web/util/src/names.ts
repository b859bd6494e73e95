/** "A", "A and B", "A, B and C". */
export const joinedNames = (names: readonly string[]): string =>
  names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/** An invitation a council was sent, and where it stands. */
export interface SentInvitation {
  status: string;
  council: { name: string };
}

/**
 * After a save: which councils are still asked to confirm a role (co-author,
 * maintainer), as a sentence; nothing when none is.
 */
export function askedToConfirmAs(
  invitations: readonly SentInvitation[],
  role: { one: string; many: string },
): string {
  const waiting = invitations
    .filter((invitation) => invitation.status === 'PENDING')
    .map((invitation) => invitation.council.name);
  if (waiting.length === 0) return '';
  const one = waiting.length === 1;
  return `We have asked ${joinedNames(waiting)} to confirm: ${one ? 'it is' : 'they are'} shown as ${one ? role.one : role.many} once ${one ? 'it accepts' : 'each accepts'}.`;
}
