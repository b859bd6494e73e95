import { ERROR_CODES, UserFacingError } from '@lgx/api/core/graphql';
import { REGIONS } from '@lgx/shared/domain';

export function unknownRegion(region: string): UserFacingError {
  return new UserFacingError(
    ERROR_CODES.BAD_USER_INPUT,
    `"${region.slice(0, 60)}" is not a region. Use one of: ${REGIONS.join(', ')}.`,
    { argumentName: 'filter.region' },
  );
}

export function searchTooLong(max: number): UserFacingError {
  return new UserFacingError(
    ERROR_CODES.BAD_USER_INPUT,
    `The search text is too long: use at most ${max} characters.`,
    { argumentName: 'filter.search' },
  );
}
