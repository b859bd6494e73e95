import {
  COUNCIL_TYPES,
  type CouncilTypeCode,
  NATION_KEYS,
  type NationKey,
} from '@lgx/shared/domain';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export const CouncilType = Object.fromEntries(
  Object.keys(COUNCIL_TYPES).map((code) => [code, code]),
) as { [K in CouncilTypeCode]: K };
registerEnumType(CouncilType, {
  name: 'CouncilType',
  description: "Type of local authority, by the register's code.",
  valuesMap: Object.fromEntries(
    Object.entries(COUNCIL_TYPES).map(([code, label]) => [code, { description: label }]),
  ),
});

export const Nation = Object.fromEntries(Object.keys(NATION_KEYS).map((key) => [key, key])) as {
  [K in NationKey]: K;
};
registerEnumType(Nation, { name: 'Nation' });

@ObjectType({ description: 'A UK local authority from the register, current or former.' })
export class Council {
  @Field(() => ID, { description: "The register's code, e.g. DER for Derby." })
  code!: string;

  @Field(() => String, { nullable: true, description: 'ONS GSS code, e.g. E06000015.' })
  gssCode!: string | null;

  @Field(() => String)
  officialName!: string;

  @Field(() => String, { description: 'The short name people use, e.g. "Derby".' })
  name!: string;

  @Field(() => CouncilType)
  type!: CouncilTypeCode;

  @Field(() => String, { description: 'The type in words, e.g. "Unitary authority".' })
  typeName!: string;

  @Field(() => Nation)
  nation!: NationKey;

  @Field(() => String, { nullable: true })
  region!: string | null;

  @Field(() => Int, { nullable: true, description: 'Population, mid-2020 estimate.' })
  population!: number | null;

  @Field(() => Float, { nullable: true, description: 'Area in square kilometres.' })
  areaKm2!: number | null;

  @Field(() => Float, { nullable: true })
  latitude!: number | null;

  @Field(() => Float, { nullable: true })
  longitude!: number | null;

  @Field(() => String, { nullable: true, description: 'When the authority began, if recorded.' })
  startDate!: string | null;

  @Field(() => String, { nullable: true, description: 'When the authority ended, if it has.' })
  endDate!: string | null;

  @Field(() => Boolean, {
    description: 'False for authorities that have been abolished or merged.',
  })
  isCurrent!: boolean;

  @Field(() => String, { nullable: true, description: 'Page name on GOV.UK, e.g. "derby".' })
  govUkSlug!: string | null;

  countyCode!: string | null;
  combinedAuthorityCode!: string | null;
  replacedByCodes!: string[];
}
