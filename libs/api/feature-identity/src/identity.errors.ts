import { ERROR_CODES, UserFacingError } from '@lgx/api/core/graphql';

/** A problem with one field of the input, named so the form can show it beside the field. */
export const invalidField = (field: string, message: string) =>
  new UserFacingError(ERROR_CODES.BAD_USER_INPUT, message, { field });

export const badCredentials = () =>
  new UserFacingError(
    'BAD_CREDENTIALS',
    'Enter a correct email address and password. Both are case sensitive for the password.',
  );

export const tooManyAttempts = (minutes: number) =>
  new UserFacingError(
    'TOO_MANY_ATTEMPTS',
    `Too many failed attempts. Wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again, or reset your password.`,
  );

export const linkInvalid = (what: string) =>
  new UserFacingError(
    'LINK_INVALID',
    `This ${what} link has expired or has already been used. Ask for a new one.`,
  );

export const emailNotVerified = () =>
  new UserFacingError(
    'EMAIL_NOT_VERIFIED',
    'Confirm your email address first: use the link we sent you, or ask for a new one.',
  );

export const badMfaCode = () =>
  new UserFacingError(
    'BAD_MFA_CODE',
    'Enter the 6-digit code from your authenticator app, or a recovery code.',
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
