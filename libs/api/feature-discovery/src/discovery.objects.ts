import { Connection } from '@lgx/api/core/graphql';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

/** GraphQL names of the content types, and the document type each stands for. */
export const CONTENT_TYPES = {
  COUNCIL: 'council',
  CASE_STUDY: 'case_study',
  COMPONENT: 'component',
  SUPPLIER_EXPERIENCE: 'supplier_experience',
  SUPPLIER: 'supplier',
  PROCUREMENT_GROUP: 'procurement_group',
} as const;
export type ContentTypeKey = keyof typeof CONTENT_TYPES;
export const ContentType = Object.fromEntries(
  Object.keys(CONTENT_TYPES).map((key) => [key, key]),
) as { [K in ContentTypeKey]: K };
registerEnumType(ContentType, { name: 'ContentType' });

export const contentTypeOf = (documentType: string): ContentTypeKey =>
  (Object.keys(CONTENT_TYPES) as ContentTypeKey[]).find(
    (key) => CONTENT_TYPES[key] === documentType,
  ) ?? 'COUNCIL';

export const SearchSort = {
  RELEVANCE: 'RELEVANCE',
  NEWEST: 'NEWEST',
  MOST_ADOPTED: 'MOST_ADOPTED',
  LARGEST_SAVINGS: 'LARGEST_SAVINGS',
  NAME: 'NAME',
} as const;
registerEnumType(SearchSort, {
  name: 'SearchSort',
  valuesMap: {
    RELEVANCE: { description: 'Best match first (the default).' },
    NEWEST: { description: 'Most recently published first.' },
    MOST_ADOPTED: { description: 'Components used by the most councils first.' },
    LARGEST_SAVINGS: { description: 'Case studies with the largest cashable savings first.' },
    NAME: { description: 'A to Z.' },
  },
});

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
}

@ObjectType({ description: 'A piece of text, and whether it matched the search.' })
export class TextSegment {
  @Field(() => String) text!: string;
  @Field(() => Boolean) match!: boolean;
}

@ObjectType()
export class SearchHit {
  @Field(() => ContentType) type!: ContentTypeKey;
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String) summary!: string;
  @Field(() => String, { description: 'The web app path of the result.' }) url!: string;
  @Field(() => String, { nullable: true }) councilName!: string | null;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => [TextSegment], { description: 'The title with matches marked.' })
  titleHighlight!: TextSegment[];
  @Field(() => [TextSegment], { description: 'A snippet of the summary with matches marked.' })
  summaryHighlight!: TextSegment[];
  @Field(() => Int, {
    nullable: true,
    description: 'Components: how many councils use or are evaluating it.',
  })
  adoptionCount!: number | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Components: not changed by its maintainers for 12 months or more (never for a retired one).',
  })
  possiblyStale!: boolean | null;
}

@ObjectType()
export class FacetValue {
  @Field(() => String) value!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({
  description: 'Counts of results by one attribute, under the same permissions as the results.',
})
export class Facet {
  @Field(() => String) attribute!: string;
  @Field(() => String) label!: string;
  @Field(() => [FacetValue]) values!: FacetValue[];
}

@ObjectType()
export class SearchResults extends Connection(SearchHit, 'SearchHit') {
  @Field(() => [Facet]) facets!: Facet[];
  @Field(() => Int, { description: 'Time Meilisearch took, in milliseconds.' })
  processingTimeMs!: number;
}

export const SearchReadiness = {
  READY: 'READY',
  BUILDING: 'BUILDING',
  UNAVAILABLE: 'UNAVAILABLE',
} as const;
registerEnumType(SearchReadiness, {
  name: 'SearchReadiness',
  valuesMap: {
    READY: { description: 'Searches answer with everything LGX holds.' },
    BUILDING: {
      description: 'The search indexes are still being built: results may be incomplete.',
    },
    UNAVAILABLE: {
      description: 'Search cannot answer now: searches fail with SEARCH_UNAVAILABLE.',
    },
  },
});

@ObjectType({ description: 'Whether search can answer now.' })
export class SearchStatus {
  @Field(() => SearchReadiness)
  state!: keyof typeof SearchReadiness;
}
