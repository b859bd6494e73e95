import { ERROR_CODES, UserFacingError } from '@lgx/api/core/graphql';

export const followTargetNotFound = (kind: string, targetId: string) =>
  new UserFacingError(
    ERROR_CODES.NOT_FOUND,
    `There is no ${kind.toLowerCase().replace(/_/g, ' ')} "${targetId.slice(0, 80)}" that you can follow. Check the link you followed; some things are only for verified council officers or a group's members.`,
    { argumentName: 'targetId' },
  );

export const unknownTopic = (targetId: string) =>
  new UserFacingError(
    ERROR_CODES.BAD_USER_INPUT,
    `"${targetId.slice(0, 80)}" is not a topic. Name one as SERVICE_AREA:<key>, STRATEGIC_OBJECTIVE:<key> or TECHNOLOGY:<key>, e.g. SERVICE_AREA:HOUSING.`,
    { argumentName: 'targetId' },
  );

export const savedSearchNeedsSearchInput = () =>
  new UserFacingError(
    ERROR_CODES.BAD_USER_INPUT,
    'Save a search with saveSearch, giving its words and filters; follow names councils, topics, components, suppliers and groups.',
    { argumentName: 'kind' },
  );

export const emptySavedSearch = () =>
  new UserFacingError(
    ERROR_CODES.BAD_USER_INPUT,
    'Give some words or at least one filter to save a search: a search for everything would tell you of everything.',
    { argumentName: 'search' },
  );

export const tooManyFollows = (max: number) =>
  new UserFacingError(
    'TOO_MANY_FOLLOWS',
    `You follow ${max} things already, the most one account can. Unfollow some on your Following page first.`,
  );

export const followNotFound = () =>
  new UserFacingError(
    ERROR_CODES.NOT_FOUND,
    'You do not follow that (any more). Reload your Following page to see what you follow.',
    { argumentName: 'id' },
  );
