import { ERROR_CODES, UserFacingError } from '@lgx/api/core/graphql';

import type { FieldProblem } from './case-study.rules';

export const invalidCaseStudy = (problems: FieldProblem[]) =>
  new UserFacingError(ERROR_CODES.BAD_USER_INPUT, problems.map((p) => p.message).join('. '), {
    fields: problems,
  });

export const caseStudyNotFound = () =>
  new UserFacingError(
    ERROR_CODES.NOT_FOUND,
    'That case study was not found. It may have been removed, or not be published yet.',
  );

export const badTransition = (from: string, to: string) =>
  new UserFacingError(
    'BAD_TRANSITION',
    `A case study that is ${from.toLowerCase().replace('_', ' ')} cannot be ${to}.`,
  );

export const coAuthorInvitationNotFound = () =>
  new UserFacingError(
    'INVITATION_NOT_FOUND',
    'There is no open invitation for your council to co-author this case study. It may have been withdrawn or answered already.',
  );

export const notACoAuthor = () =>
  new UserFacingError(
    'NOT_A_CO_AUTHOR',
    'Your council is not a co-author of this case study, so there is nothing to leave. The lead council cannot leave its own case study.',
  );

/** An attachment that cannot be stored: why, in words a person can act on. */
export const attachmentRefused = (message: string) =>
  new UserFacingError(ERROR_CODES.BAD_USER_INPUT, message, { field: 'file' });
