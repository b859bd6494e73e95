import { ERROR_CODES, UserFacingError } from '@lgx/api/core/graphql';

/** A search argument that cannot be used, named so the web can show it beside its field. */
export const badInput = (message: string, argumentName: string) =>
  new UserFacingError(ERROR_CODES.BAD_USER_INPUT, message, { argumentName });
