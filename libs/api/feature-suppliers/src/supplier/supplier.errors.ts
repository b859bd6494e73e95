import { ERROR_CODES, UserFacingError } from '@lgx/api/core/graphql';

import type { FieldProblem } from './supplier.rules';

export const invalidInput = (problems: FieldProblem[]) =>
  new UserFacingError(ERROR_CODES.BAD_USER_INPUT, problems.map((p) => p.message).join('. '), {
    fields: problems,
  });

export const supplierNotFound = () =>
  new UserFacingError(
    ERROR_CODES.NOT_FOUND,
    'That supplier was not found. It may have been merged into another.',
  );

export const cannotMergeIntoItself = () =>
  new UserFacingError(ERROR_CODES.BAD_USER_INPUT, 'Choose two different suppliers to merge.', {
    fields: [{ field: 'intoId', message: 'Choose two different suppliers to merge' }],
  });
