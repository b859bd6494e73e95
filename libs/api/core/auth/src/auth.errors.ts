import { UserFacingError } from '@lgx/api/core/graphql';

export const AUTH_ERROR_CODES = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  MFA_REQUIRED: 'MFA_REQUIRED',
  MFA_ENROLMENT_REQUIRED: 'MFA_ENROLMENT_REQUIRED',
} as const;

export const notSignedIn = () =>
  new UserFacingError(AUTH_ERROR_CODES.UNAUTHENTICATED, 'Sign in to do this.');

export const forbidden = (what: string) =>
  new UserFacingError(AUTH_ERROR_CODES.FORBIDDEN, `You do not have permission to ${what}.`);

export const mfaChallengeNeeded = () =>
  new UserFacingError(
    AUTH_ERROR_CODES.MFA_REQUIRED,
    'Enter the code from your authenticator app to finish signing in.',
  );

export const mfaEnrolmentNeeded = () =>
  new UserFacingError(
    AUTH_ERROR_CODES.MFA_ENROLMENT_REQUIRED,
    'Your role needs two-factor authentication. Set it up in your account settings to continue.',
  );
