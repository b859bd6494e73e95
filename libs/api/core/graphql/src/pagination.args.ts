import { ArgsType, Field, Int } from '@nestjs/graphql';

import { ERROR_CODES, UserFacingError } from './graphql-error';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PaginationArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_PAGE_SIZE,
    description: `How many items to return, 1 to ${MAX_PAGE_SIZE}.`,
  })
  first?: number;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor.' })
  after?: string;
}

/** Checks `first` and returns the page size to fetch. */
export function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new UserFacingError(
      ERROR_CODES.BAD_USER_INPUT,
      `"first" must be a whole number from 1 to ${MAX_PAGE_SIZE}.`,
      { argumentName: 'first' },
    );
  }
  return size;
}
