import type { CaseStudyDetailsFragment } from '@lgx/web/data-access';

/** "A", "A and B", "A, B and C". */
const joined = (names: string[]) =>
  names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/** After a save: which councils are still asked to confirm they co-authored it, as a sentence. */
export function askedToConfirm(
  study: Pick<CaseStudyDetailsFragment, 'coAuthorInvitations'>,
): string {
  const waiting = study.coAuthorInvitations
    .filter((invitation) => invitation.status === 'PENDING')
    .map((invitation) => invitation.council.name);
  if (waiting.length === 0) return '';
  return `We have asked ${joined(waiting)} to confirm: ${waiting.length === 1 ? 'it is' : 'they are'} shown as ${waiting.length === 1 ? 'a co-author' : 'co-authors'} once ${waiting.length === 1 ? 'it accepts' : 'each accepts'}.`;
}
