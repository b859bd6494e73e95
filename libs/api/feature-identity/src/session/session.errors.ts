import { UserFacingError } from '@lgx/api/core/graphql';

export const badCredentials = () =>
  new UserFacingError(
    'BAD_CREDENTIALS',
    'Enter a correct email address and password. Both are case sensitive for the password.',
  );

export const emailNotVerified = () =>
  new UserFacingError(
    'EMAIL_NOT_VERIFIED',
    'Confirm your email address first: use the link we sent you, or ask for a new one.',
  );
