import { Field, InputType } from '@nestjs/graphql';

import { FollowKindEnum } from './follow.object';
import type { FollowKind } from './follow.rules';

@InputType({ description: 'Something to follow, by its kind and id.' })
export class FollowInput {
  @Field(() => FollowKindEnum) kind!: FollowKind;
  @Field(() => String, {
    description: 'A council code, a topic key (e.g. SERVICE_AREA:HOUSING), or a record’s id.',
  })
  targetId!: string;
}

@InputType({ description: 'Only results with one of these values of a facet.' })
export class SavedSearchFacetInput {
  @Field(() => String) attribute!: string;
  @Field(() => [String]) values!: string[];
}

@InputType({ description: 'A search as the search page holds it: its words and filters.' })
export class SavedSearchInput {
  @Field(() => String, { defaultValue: '' }) query!: string;
  @Field(() => [String], {
    defaultValue: [],
    description:
      'Content types, as the search takes them (e.g. CASE_STUDY); every type when empty.',
  })
  types!: string[];
  @Field(() => [SavedSearchFacetInput], { defaultValue: [] }) facets!: SavedSearchFacetInput[];
}
