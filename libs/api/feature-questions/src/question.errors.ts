import { ERROR_CODES, UserFacingError } from '@lgx/api/core/graphql';

import type { TextProblem } from './question.rules';

export const invalidText = (problem: TextProblem) =>
  new UserFacingError(ERROR_CODES.BAD_USER_INPUT, problem.message, { fields: [problem] });

export const subjectNotFound = (what: string) =>
  new UserFacingError(
    ERROR_CODES.NOT_FOUND,
    `That ${what} was not found. It may have been removed, or not be published yet.`,
  );

export const subjectNotPublished = (what: string) =>
  new UserFacingError(
    'NOT_PUBLISHED',
    `Questions can only be asked about a published ${what}. Publish it first, or ask about another one.`,
  );

export const questionNotFound = () =>
  new UserFacingError(
    ERROR_CODES.NOT_FOUND,
    'That question was not found. It may have been removed, or be for council officers only.',
  );

export const ownCouncil = () =>
  new UserFacingError(
    'OWN_COUNCIL',
    'Your council is one of those this question would be put to. Ask your colleagues directly, or answer questions others ask.',
  );

export const tooManyQuestions = (perDay: number) =>
  new UserFacingError(
    'TOO_MANY_QUESTIONS',
    `You can ask ${perDay} questions a day. Try again tomorrow.`,
  );

export const noAdopterContacts = () =>
  new UserFacingError(
    'NO_ADOPTER_CONTACTS',
    'No other council using this component has offered to answer questions yet.',
  );

export const questionNotSent = () =>
  new UserFacingError(
    'MAIL_NOT_SENT',
    'Your question could not be sent just now. Please try again later.',
  );
