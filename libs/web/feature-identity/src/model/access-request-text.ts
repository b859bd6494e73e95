import type { AccessRequestKind, AccessRequestStatus, CouncilRole } from '@lgx/web/data-access';

/** What a request asks for, in words, e.g. "Add derby.gov.uk to Derby". */
export function requestSummary(request: {
  kind: AccessRequestKind;
  domain?: string | null;
  council: { name: string };
}): string {
  switch (request.kind) {
    case 'COUNCIL_DOMAIN':
      return `Add ${request.domain ?? 'the email domain'} to ${request.council.name}`;
    case 'EDITOR_ROLE':
      return `The editor role in ${request.council.name}`;
    case 'COUNCIL_ADMIN':
      return `To be the first admin of ${request.council.name}`;
  }
}

export const REQUEST_STATUS: Record<AccessRequestStatus, string> = {
  PENDING: 'Waiting for a decision',
  ACCEPTED: 'Accepted',
  DECLINED: 'Declined',
};

/** People by name and job title, e.g. "Ada Lovelace (Head of digital) and Bo Li (Analyst)". */
export function namesWithTitles(people: { name: string; jobTitle: string }[]): string {
  const each = people.map((person) => `${person.name} (${person.jobTitle})`);
  if (each.length <= 1) return each.join('');
  return `${each.slice(0, -1).join(', ')} and ${each[each.length - 1]}`;
}

/** The contacts with this role. */
export const withRole = <Contact extends { role: CouncilRole }>(
  contacts: Contact[],
  role: CouncilRole,
) => contacts.filter((contact) => contact.role === role);
