import { ERROR_CODES, UserFacingError } from '@lgx/api/core/graphql';

/** Errors shared by more than one part of identity; each part's own are in its *.errors.ts. */

/** A problem with one field of the input, named so the form can show it beside the field. */
export const invalidField = (field: string, message: string) =>
  new UserFacingError(ERROR_CODES.BAD_USER_INPUT, message, { field });

export const tooManyAttempts = (minutes: number) =>
  new UserFacingError(
    'TOO_MANY_ATTEMPTS',
    `Too many failed attempts. Wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again, or reset your password.`,
  );

export const notFound = (what: string) =>
  new UserFacingError(ERROR_CODES.NOT_FOUND, `${what} was not found.`);

export interface FieldProblem {
  field: string;
  message: string;
}

/** Every problem with a form's input at once, so the page can list them all. */
export const validationFailed = (problems: FieldProblem[]) =>
  new UserFacingError(ERROR_CODES.BAD_USER_INPUT, problems.map((p) => p.message).join('. '), {
    fields: problems,
  });

/** Every problem found, in the shape of one field's problem when there is only one. */
export const fieldProblems = (problems: FieldProblem[]) => {
  const [only] = problems;
  return problems.length === 1 && only
    ? invalidField(only.field, only.message)
    : validationFailed(problems);
};

/** The failed-attempt counts cannot be read or written: refused rather than uncounted (decision 0058). */
export const signInUnavailable = () =>
  new UserFacingError(
    'SIGN_IN_UNAVAILABLE',
    'Signing in is unavailable for a moment. Try again in a minute.',
  );
