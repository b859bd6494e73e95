import { Field, Float, InputType } from '@nestjs/graphql';

import { ContentType, type ContentTypeKey } from './discovery.object';

@InputType({ description: 'Only results with one of these values of a facet.' })
export class FacetFilterInput {
  @Field(() => String, { description: 'A facet attribute, as returned in SearchResults.facets.' })
  attribute!: string;
  @Field(() => [String]) values!: string[];
}

@InputType()
export class NearCouncilInput {
  @Field(() => String) councilCode!: string;
  @Field(() => Float, { description: 'Distance from the council’s centre, 1 to 500 km.' })
  withinKm!: number;
}

@InputType()
export class SearchFiltersInput {
  @Field(() => [ContentType], {
    nullable: true,
    description: 'Content types to search; all when empty.',
  })
  types?: ContentTypeKey[] | null;
  @Field(() => [FacetFilterInput], { nullable: true }) facets?: FacetFilterInput[] | null;
  @Field(() => NearCouncilInput, { nullable: true, description: 'Only results near this council.' })
  nearCouncil?: NearCouncilInput | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Only results from the 20 councils most like this one (size, density, type, nation).',
  })
  likeCouncil?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description:
      'Also former councils, which no longer exist; left out by default, as on the councils page.',
  })
  includeFormer?: boolean | null;
}
