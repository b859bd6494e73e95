import { glossarySynonyms, SEARCH_RESULT_CAP, SEARCH_STOP_WORDS } from '@lgx/shared/domain';
import type { SearchParams, Settings, TypoTolerance } from 'meilisearch';

/** A facet people can filter by, with its label. */
export interface FacetDefinition {
  attribute: string;
  label: string;
}

/** A sort people can choose, mapped to Meilisearch sort rules. */
export type SortKey =
  | 'RELEVANCE'
  | 'NEWEST'
  | 'ENDING_SOONEST'
  | 'MOST_ADOPTED'
  | 'LARGEST_SAVINGS'
  | 'HIGHEST_NPV'
  | 'SOONEST_PAYBACK'
  | 'NAME';

/** Every sort, in the order they are offered, with its label. */
export const SORTS: readonly { key: SortKey; label: string }[] = [
  { key: 'RELEVANCE', label: 'Relevance' },
  { key: 'NEWEST', label: 'Newest' },
  { key: 'ENDING_SOONEST', label: 'Ending soonest' },
  { key: 'LARGEST_SAVINGS', label: 'Largest savings' },
  { key: 'HIGHEST_NPV', label: 'Net present value (highest first)' },
  { key: 'SOONEST_PAYBACK', label: 'Payback (soonest first)' },
  { key: 'MOST_ADOPTED', label: 'Most adopted' },
  { key: 'NAME', label: 'A to Z' },
];

/**
 * The sorts that order results of several types together in a way people can
 * follow: by relevance, by date published, by name.
 */
export const SORTS_ACROSS_TYPES: readonly SortKey[] = ['RELEVANCE', 'NEWEST', 'NAME'];

/**
 * Who can ever find documents of a type: everyone, or only verified officers
 * (and platform staff). Each document's own `visibility` still decides; this
 * only says which content types are worth offering to a reader.
 */
export type SearchReaders = 'everyone' | 'officers';

/** One searchable content type: its index, its facets and sorts, and its settings. */
export interface IndexDefinition {
  /** Logical name (the Meilisearch uid adds the configured prefix). */
  name: string;
  /** The document `type` field; its GraphQL content type is the same in capitals. */
  type: string;
  label: string;
  /** Where the type stands when content types are listed (the web's filters), lowest first. */
  listOrder: number;
  /**
   * Where the type's facets stand among the facets of results of several
   * types, lowest first (a facet two types share stands at the first).
   */
  facetOrder: number;
  readers: SearchReaders;
  facets: FacetDefinition[];
  sorts: Partial<Record<Exclude<SortKey, 'RELEVANCE'>, string[]>>;
  /**
   * What a sort keeps, besides ordering, as a filter made at the time of the
   * search (Unix seconds): "ending soonest" lists what has not ended yet.
   */
  sortFilters?: Partial<Record<Exclude<SortKey, 'RELEVANCE'>, (nowSeconds: number) => string>>;
  settings: Settings;
  /**
   * Raise it when the type's search source changes what it writes into
   * documents: an index built with an older version is rebuilt at start-up
   * (build and swap, like `npm run search -- reindex`).
   */
  documentVersion: number;
  /** Document attributes search results carry for this type, beside the common ones. */
  hitAttributes?: string[];
  /**
   * Reference data (the council register): found by what it is called, but
   * not listed by a search without words unless its type is chosen.
   */
  reference?: boolean;
  /**
   * The filter that keeps only what exists today (a current council): the
   * rest is found only when a search asks for it (SearchRequest.includeFormer).
   */
  currentFilter?: string;
  /** Search parameters every query of this index carries (how many words a result must hold). */
  queryParams?: Pick<SearchParams, 'matchingStrategy' | 'rankingScoreThreshold'>;
}

/** What a feature says about its index; `defineSearchIndex` adds what every index shares. */
export interface SearchIndexSpec extends Omit<IndexDefinition, 'settings'> {
  /** Searched after title and summary, before the council's name and the body. */
  searchable?: string[];
  /** Sortable besides publishedAt and titleSort. */
  sortable: string[];
  /** Filterable besides the common fields and the facets (what `currentFilter` reads). */
  filterable?: string[];
  /** Settings that replace the shared ones outright (e.g. the councils' own ranking). */
  overrides?: Settings;
}

/** Filterable in every index: what the visibility filter, content type and places need. */
export const COMMON_FILTERABLE = [
  // A saved search is matched by running it against one record (decision 0046).
  'id',
  'type',
  'visibility',
  'councilCodes',
  'groupIds',
  'councilCode',
  'nation',
  'region',
  'councilType',
];
const COMMON_SEARCHABLE = ['title', 'summary', 'councilName', 'body'];

/** Where a record's council is: the facets of any record that belongs to one council. */
export const GEOGRAPHY_FACETS: FacetDefinition[] = [
  { attribute: 'nation', label: 'Nation' },
  { attribute: 'region', label: 'Region' },
  { attribute: 'councilType', label: 'Type of council' },
];

/** Typo tolerance of every index: words under 4 letters (ASC, SEND, RPA...) must match exactly. */
export const TYPO_TOLERANCE: Readonly<TypoTolerance> = {
  enabled: true,
  minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
};

function sharedSettings(spec: SearchIndexSpec): Settings {
  return {
    searchableAttributes: [
      ...COMMON_SEARCHABLE.slice(0, 2),
      ...(spec.searchable ?? []),
      ...COMMON_SEARCHABLE.slice(2),
    ],
    filterableAttributes: [
      ...new Set([
        ...COMMON_FILTERABLE,
        ...spec.facets.map((facet) => facet.attribute),
        ...(spec.filterable ?? []),
      ]),
    ].sort(),
    sortableAttributes: [...new Set(['publishedAt', 'titleSort', ...spec.sortable])].sort(),
    rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
    // Proximity as "in the same field or not" rather than word distance: Meilisearch then
    // skips its largest database (word pairs), which halves the time to index case studies
    // (docs/benchmarks.md). Ranking changes only among results holding the words in one field.
    proximityPrecision: 'byAttribute',
    // LGX never searches within facet values, so Meilisearch need not index them for that.
    facetSearch: false,
    // Function words ("the", "and", "of"...) are neither indexed nor matched: see stop-words.ts.
    stopWords: [...SEARCH_STOP_WORDS],
    typoTolerance: { ...TYPO_TOLERANCE },
    synonyms: glossarySynonyms(),
    pagination: { maxTotalHits: SEARCH_RESULT_CAP },
    faceting: { maxValuesPerFacet: 100 },
    displayedAttributes: ['*'],
  };
}

/**
 * A feature's index definition, with the settings every index shares. The
 * feature that owns the records keeps it beside its search source, and the
 * source carries it when it registers (SearchSourceRegistry).
 */
export function defineSearchIndex(spec: SearchIndexSpec): IndexDefinition {
  const {
    searchable: _searchable,
    sortable: _sortable,
    filterable: _filterable,
    overrides,
    ...definition
  } = spec;
  return { ...definition, settings: { ...sharedSettings(spec), ...overrides } };
}
