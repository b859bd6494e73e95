import { UserFacingError } from '@lgx/api/core/graphql';

export const linkInvalid = (what: string) =>
  new UserFacingError(
    'LINK_INVALID',
    `This ${what} link has expired or has already been used. Ask for a new one.`,
  );
