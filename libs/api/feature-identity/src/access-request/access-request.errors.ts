import { UserFacingError } from '@lgx/api/core/graphql';

/** The access-request errors: stable codes, messages a person can act on. */
export const ACCESS_REQUEST_ERRORS = {
  domainKnown: (domain: string, council: string) =>
    new UserFacingError(
      'DOMAIN_ALREADY_KNOWN',
      `${domain} already belongs to ${council}. Sign out and sign in again to become one of its officers.`,
      { field: 'councilCode' },
    ),
  publicDomain: (domain: string) =>
    new UserFacingError(
      'NOT_A_COUNCIL_DOMAIN',
      `${domain} is a public email service, not a council's. Sign up with your council email address.`,
      { field: 'councilCode' },
    ),
  removedMember: (council: string) =>
    new UserFacingError(
      'REMOVED_FROM_COUNCIL',
      `You were removed from ${council}. Ask its admins to add you back.`,
    ),
  hasRole: (role: string) =>
    new UserFacingError('ALREADY_HAS_ROLE', `You already have the ${role} role in your council.`, {
      field: 'role',
    }),
  councilHasAdmin: (names: string) =>
    new UserFacingError(
      'COUNCIL_HAS_ADMIN',
      `Your council already has an admin (${names}). Ask them for the role instead.`,
      { field: 'role' },
    ),
  notPending: (status: string) =>
    new UserFacingError(
      'REQUEST_ALREADY_DECIDED',
      `This request was already ${status.toLowerCase()}. Reload the page to see the requests still waiting.`,
    ),
  noLongerMember: () =>
    new UserFacingError(
      'REQUESTER_NOT_A_MEMBER',
      'The person who asked is no longer an officer of this council. Decline the request instead.',
    ),
  domainTaken: (domain: string, council: string) =>
    new UserFacingError(
      'DOMAIN_ALREADY_KNOWN',
      `${domain} already belongs to ${council}. Decline this request, giving that as the reason.`,
    ),
};
