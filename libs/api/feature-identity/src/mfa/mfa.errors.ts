import { UserFacingError } from '@lgx/api/core/graphql';

export const badMfaCode = () =>
  new UserFacingError(
    'BAD_MFA_CODE',
    'Enter the 6-digit code from your authenticator app, or a recovery code.',
  );
