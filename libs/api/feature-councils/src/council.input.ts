import { CouncilType, Nation } from '@lgx/api/core/councils';
import type { CouncilTypeCode, NationKey } from '@lgx/shared/domain';
import { Field, InputType } from '@nestjs/graphql';

@InputType({ description: 'Narrows the council register. Every field given must match.' })
export class CouncilsFilterInput {
  @Field(() => Nation, { nullable: true })
  nation?: NationKey | null;

  @Field(() => String, { nullable: true, description: 'A region name, e.g. "East Midlands".' })
  region?: string | null;

  @Field(() => CouncilType, { nullable: true })
  type?: CouncilTypeCode | null;

  @Field(() => String, {
    nullable: true,
    description: 'Part of a name or code, e.g. "derb" or "E06000015".',
  })
  search?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: true,
    description:
      'Only authorities that exist today (the default). False lists only former ones; null lists all.',
  })
  current?: boolean | null;
}
