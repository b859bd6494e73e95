import { ERROR_CODES, UserFacingError } from '@lgx/api/core/graphql';

import type { FieldProblem } from './supplier-input';

export const invalidInput = (problems: FieldProblem[]) =>
  new UserFacingError(ERROR_CODES.BAD_USER_INPUT, problems.map((p) => p.message).join('. '), {
    fields: problems,
  });

export const supplierNotFound = () =>
  new UserFacingError(
    ERROR_CODES.NOT_FOUND,
    'That supplier was not found. It may have been merged into another.',
  );

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

export const cannotMergeIntoItself = () =>
  new UserFacingError(ERROR_CODES.BAD_USER_INPUT, 'Choose two different suppliers to merge.', {
    fields: [{ field: 'intoId', message: 'Choose two different suppliers to merge' }],
  });
