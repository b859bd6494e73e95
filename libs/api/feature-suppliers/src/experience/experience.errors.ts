import { ERROR_CODES, UserFacingError } from '@lgx/api/core/graphql';

/** The same for a missing experience and one the reader may not see, so neither is revealed. */
export const experienceNotFound = () =>
  new UserFacingError(
    ERROR_CODES.NOT_FOUND,
    'That supplier experience was not found. It may have been removed, or not be published yet.',
  );

export const concernNotFound = () =>
  new UserFacingError(
    ERROR_CODES.NOT_FOUND,
    'That concern was not found, or it is already resolved.',
  );

export const badTransition = (from: string, verb: string) =>
  new UserFacingError(
    'BAD_TRANSITION',
    `A supplier experience that is ${from.toLowerCase().replace('_', ' ')} cannot be ${verb}.`,
  );
