import { Connection, Money } from '@lgx/api/core/graphql';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

/**
 * The GraphQL names of the content types: each is its search documents'
 * `type` in capitals (case_study is CASE_STUDY). The features define the
 * types (their search definitions); this is the schema's list of them, which
 * the discovery service checks against what is registered when the app starts.
 */
export const ContentType = {
  COUNCIL: 'COUNCIL',
  CASE_STUDY: 'CASE_STUDY',
  COMPONENT: 'COMPONENT',
  SUPPLIER_EXPERIENCE: 'SUPPLIER_EXPERIENCE',
  SUPPLIER: 'SUPPLIER',
  PROCUREMENT_GROUP: 'PROCUREMENT_GROUP',
  CONTRACT: 'CONTRACT',
} as const;
export type ContentTypeKey = keyof typeof ContentType;
registerEnumType(ContentType, { name: 'ContentType' });

/** The search documents' `type` of a content type. */
export const documentTypeOf = (key: ContentTypeKey): string => key.toLowerCase();

/** The content type of a search document's `type`, if the schema has it. */
export const contentTypeOf = (documentType: string): ContentTypeKey | undefined =>
  (Object.keys(ContentType) as ContentTypeKey[]).find(
    (key) => documentTypeOf(key) === documentType,
  );

export const SearchSort = {
  RELEVANCE: 'RELEVANCE',
  NEWEST: 'NEWEST',
  ENDING_SOONEST: 'ENDING_SOONEST',
  MOST_ADOPTED: 'MOST_ADOPTED',
  LARGEST_SAVINGS: 'LARGEST_SAVINGS',
  HIGHEST_NPV: 'HIGHEST_NPV',
  SOONEST_PAYBACK: 'SOONEST_PAYBACK',
  NAME: 'NAME',
} as const;
registerEnumType(SearchSort, {
  name: 'SearchSort',
  valuesMap: {
    RELEVANCE: { description: 'Best match first (the default).' },
    NEWEST: { description: 'Most recently published first.' },
    ENDING_SOONEST: {
      description:
        'Contracts that have not ended yet, the soonest to end first (by the latest possible end with extensions when stated, else the end).',
    },
    MOST_ADOPTED: { description: 'Components used by the most councils first.' },
    LARGEST_SAVINGS: {
      description: 'Case studies with the largest cashable savings a year first.',
    },
    HIGHEST_NPV: {
      description:
        'Case studies by the central net present value of LGX’s appraisal method, highest first; those without figures last.',
    },
    SOONEST_PAYBACK: {
      description:
        'Case studies by the payback year of LGX’s appraisal method (central), soonest first; not paid back or no figures last.',
    },
    NAME: { description: 'A to Z.' },
  },
});

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
  @Field(() => String, {
    nullable: true,
    description: 'Case studies: the investment as stated, e.g. "£1,500,000 to £2,000,000".',
  })
  investmentStated!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Case studies: the cashable saving as stated, e.g. "up to £12,000,000 over 3 to 4 years".',
  })
  cashableSavingsStated!: string | null;
  @Field(() => Money, {
    nullable: true,
    description:
      'Case studies: the central net present value of LGX’s appraisal method (before optimism bias).',
  })
  netPresentValue!: Money | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Case studies: the payback year of the method’s central reading; null if never.',
  })
  paybackYear!: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'Case studies: "Measured actual" or "Forecast", when the figures were appraised.',
  })
  figuresBasis!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Case studies: why there is no appraisal ("No figures given", "Not worked out: …").',
  })
  figuresNotWorkedOut!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Contracts: the buyer’s name exactly as the notice published it.',
  })
  buyerName!: string | null;
  @Field(() => [String], {
    nullable: true,
    description: 'Contracts: the suppliers awarded, as published.',
  })
  supplierNames!: string[] | null;
  @Field(() => String, {
    nullable: true,
    description: 'Contracts: the value as stated, every digit of the published amount.',
  })
  valueAmount!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Contracts: the currency of valueAmount as stated (ISO 4217); null when the notice gave none, never guessed.',
  })
  valueCurrency!: string | null;
  @Field(() => Date, { nullable: true, description: 'Contracts: when the contract ends.' })
  contractEnd!: Date | null;
  @Field(() => Date, {
    nullable: true,
    description: 'Contracts: the latest it can end with every extension, when stated.',
  })
  maxExtentDate!: Date | null;
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

@ObjectType({ description: 'A facet a content type can be filtered by.' })
export class SearchFacetOption {
  @Field(() => String, { description: 'As in SearchResults.facets and FacetFilterInput.' })
  attribute!: string;
  @Field(() => String) label!: string;
}

@ObjectType({ description: 'A way to order search results.' })
export class SearchSortOption {
  @Field(() => SearchSort) key!: keyof typeof SearchSort;
  @Field(() => String) label!: string;
  @Field(() => Boolean, {
    description: 'Whether it orders results of several content types together.',
  })
  acrossTypes!: boolean;
}

@ObjectType({ description: 'A kind of record search finds, with its filters and sorts.' })
export class SearchContentType {
  @Field(() => ContentType) key!: ContentTypeKey;
  @Field(() => String) label!: string;
  @Field(() => [SearchFacetOption]) facets!: SearchFacetOption[];
  @Field(() => [SearchSortOption], {
    description: 'The sorts that mean something for this type, besides relevance.',
  })
  sorts!: SearchSortOption[];
  @Field(() => Boolean, {
    description:
      'Whether a search of this type has an Atom feed (/feeds/search.atom): public records with a publication date.',
  })
  feed!: boolean;
}

@ObjectType({ description: 'Whether search can answer now.' })
export class SearchStatus {
  @Field(() => SearchReadiness)
  state!: keyof typeof SearchReadiness;
}
