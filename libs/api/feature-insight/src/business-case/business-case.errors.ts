import { ERROR_CODES, UserFacingError } from '@lgx/api/core/graphql';

import type { BusinessCaseProblem } from './business-case.rules';

export const invalidBusinessCaseRequest = (problem: BusinessCaseProblem) =>
  new UserFacingError(ERROR_CODES.BAD_USER_INPUT, problem.message, { field: problem.field });

/** A draft, archived or unknown case study alike: nothing says which it was. */
export const caseStudyNotPublished = () =>
  new UserFacingError(
    ERROR_CODES.NOT_FOUND,
    'There is no published case study with this id. A business case starts from a published case study: open it from the case studies list.',
  );
