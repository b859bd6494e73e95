import { glossarySynonyms, SEARCH_STOP_WORDS } from '@lgx/shared/domain';
import type { Settings } from 'meilisearch';

/** A facet people can filter by, with its label. */
export interface FacetDefinition {
  attribute: string;
  label: string;
}

/** A sort people can choose, mapped to Meilisearch sort rules. */
export type SortKey = 'RELEVANCE' | 'NEWEST' | 'MOST_ADOPTED' | 'LARGEST_SAVINGS' | 'NAME';

export interface IndexDefinition {
  /** Logical name (the Meilisearch uid adds the configured prefix). */
  name: string;
  /** The document `type` field, and the GraphQL content type. */
  type: string;
  label: string;
  facets: FacetDefinition[];
  sorts: Partial<Record<Exclude<SortKey, 'RELEVANCE'>, string[]>>;
  settings: Settings;
  /**
   * Raise it when the type's search source changes what it writes into
   * documents: an index built with an older version is rebuilt at start-up
   * (build and swap, like `npm run search -- reindex`).
   */
  documentVersion: number;
  /** Document attributes search results carry for this type, beside the common ones. */
  hitAttributes?: string[];
}

const COMMON_FILTERABLE = [
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

const GEOGRAPHY: FacetDefinition[] = [
  { attribute: 'nation', label: 'Nation' },
  { attribute: 'region', label: 'Region' },
  { attribute: 'councilType', label: 'Type of council' },
];

function settings(extra: {
  searchable?: string[];
  facets: FacetDefinition[];
  sortable: string[];
}): Settings {
  return {
    searchableAttributes: [
      ...COMMON_SEARCHABLE.slice(0, 2),
      ...(extra.searchable ?? []),
      ...COMMON_SEARCHABLE.slice(2),
    ],
    filterableAttributes: [
      ...new Set([...COMMON_FILTERABLE, ...extra.facets.map((facet) => facet.attribute)]),
    ].sort(),
    sortableAttributes: [...new Set(['publishedAt', 'titleSort', ...extra.sortable])].sort(),
    rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
    // Proximity as "in the same field or not" rather than word distance: Meilisearch then
    // skips its largest database (word pairs), which halves the time to index case studies
    // (docs/benchmarks.md). Ranking changes only among results holding the words in one field.
    proximityPrecision: 'byAttribute',
    // LGX never searches within facet values, so Meilisearch need not index them for that.
    facetSearch: false,
    // Function words ("the", "and", "of"...) are neither indexed nor matched: see stop-words.ts.
    stopWords: [...SEARCH_STOP_WORDS],
    // Words under 4 letters (ASC, SEND, RPA...) must match exactly: a typo makes another acronym.
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
    synonyms: glossarySynonyms(),
    pagination: { maxTotalHits: 10_000 },
    faceting: { maxValuesPerFacet: 100 },
    displayedAttributes: ['*'],
  };
}

const councilsFacets = GEOGRAPHY;
const caseStudyFacets: FacetDefinition[] = [
  { attribute: 'serviceAreas', label: 'Service area' },
  { attribute: 'objectives', label: 'Strategic objective' },
  { attribute: 'technologies', label: 'Technology' },
  ...GEOGRAPHY,
  { attribute: 'stage', label: 'Stage' },
  { attribute: 'evidenceLevel', label: 'Evidence' },
];
const componentFacets: FacetDefinition[] = [
  { attribute: 'category', label: 'Kind' },
  { attribute: 'licence', label: 'Licence' },
  { attribute: 'maturity', label: 'Maturity' },
  { attribute: 'serviceAreas', label: 'Service area' },
  { attribute: 'technologies', label: 'Technology' },
];
const supplierExperienceFacets: FacetDefinition[] = [
  { attribute: 'category', label: 'Category' },
  { attribute: 'supplier', label: 'Supplier' },
  { attribute: 'routeToMarket', label: 'Route to market' },
  { attribute: 'ratingBand', label: 'Overall rating' },
  { attribute: 'region', label: 'Region' },
  { attribute: 'councilType', label: 'Type of council' },
];
const supplierFacets: FacetDefinition[] = [{ attribute: 'category', label: 'Category' }];
const procurementGroupFacets: FacetDefinition[] = [
  { attribute: 'category', label: 'Category' },
  { attribute: 'stage', label: 'Stage' },
  { attribute: 'regions', label: 'Regions' },
];

/** Every index LGX searches. Content types whose feature has not landed are searched as documents only. */
export const SEARCH_INDEXES: IndexDefinition[] = [
  {
    name: 'councils',
    // 2: everydayNames, placeName, shortForms, currentRank, nameLength: names as people type them.
    documentVersion: 2,
    type: 'council',
    label: 'Council',
    facets: councilsFacets,
    sorts: { NAME: ['titleSort:asc'] },
    settings: {
      ...settings({ facets: councilsFacets, sortable: ['population'] }),
      // Names first: what people call the council, the place it is named after, its initials.
      searchableAttributes: [
        'everydayNames',
        'placeName',
        'shortForms',
        'title',
        'officialName',
        'altNames',
        'code',
        'summary',
        'gssCode',
        'councilName',
        'body',
      ],
      // A name is a few words, so what decides is: all the words, fewest typos, a current
      // council before a former one, the name typed in full (Lincoln is not Lincolnshire),
      // then, among matches as good, the shorter place name (Nottingham, for "Nottinghm").
      rankingRules: [
        'words',
        'typo',
        'currentRank:desc',
        'exactness',
        'proximity',
        'attribute',
        'sort',
        'nameLength:asc',
        'population:desc',
      ],
      // Codes and initials are identifiers: a typo of one is another council's.
      typoTolerance: {
        enabled: true,
        minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
        // Sorted, as Meilisearch returns them (else every start would re-apply the settings).
        disableOnAttributes: ['code', 'gssCode', 'shortForms'],
      },
    },
  },
  {
    name: 'case_studies',
    documentVersion: 1,
    type: 'case_study',
    label: 'Case study',
    facets: caseStudyFacets,
    sorts: {
      NEWEST: ['publishedAt:desc'],
      LARGEST_SAVINGS: ['cashableSavingsPerYear:desc'],
      NAME: ['titleSort:asc'],
    },
    settings: settings({
      searchable: ['serviceAreas', 'technologies', 'lessons', 'supplierNames'],
      facets: caseStudyFacets,
      sortable: ['cashableSavingsPerYear'],
    }),
  },
  {
    name: 'components',
    // 2: adds staleFrom, for the "possibly stale" flag on search results.
    documentVersion: 2,
    hitAttributes: ['adoptionCount', 'staleFrom'],
    type: 'component',
    label: 'Reusable component',
    facets: componentFacets,
    sorts: {
      NEWEST: ['publishedAt:desc'],
      MOST_ADOPTED: ['adoptionCount:desc'],
      NAME: ['titleSort:asc'],
    },
    settings: settings({
      searchable: ['category', 'technologies', 'maintainers'],
      facets: componentFacets,
      sortable: ['adoptionCount'],
    }),
  },
  {
    name: 'supplier_experiences',
    // 2: an anonymised one carries only the nation, region and type its description names.
    documentVersion: 2,
    type: 'supplier_experience',
    label: 'Supplier experience',
    facets: supplierExperienceFacets,
    sorts: { NEWEST: ['publishedAt:desc'], NAME: ['titleSort:asc'] },
    settings: settings({
      searchable: ['supplier', 'product', 'category'],
      facets: supplierExperienceFacets,
      sortable: ['overallRating'],
    }),
  },
  {
    name: 'suppliers',
    documentVersion: 1,
    type: 'supplier',
    label: 'Supplier',
    facets: supplierFacets,
    sorts: { NAME: ['titleSort:asc'] },
    settings: settings({
      searchable: ['formerNames', 'companyNumber', 'category'],
      facets: supplierFacets,
      sortable: [],
    }),
  },
  {
    name: 'procurement_groups',
    // 2: membersCount and regions only once they rest on 3 or more councils (issue 13).
    documentVersion: 2,
    type: 'procurement_group',
    label: 'Procurement group',
    facets: procurementGroupFacets,
    sorts: { NEWEST: ['publishedAt:desc'], NAME: ['titleSort:asc'] },
    settings: settings({
      searchable: ['need', 'category'],
      facets: procurementGroupFacets,
      sortable: ['membersCount'],
    }),
  },
];

export function indexByType(type: string): IndexDefinition | undefined {
  return SEARCH_INDEXES.find((index) => index.type === type);
}

export function indexByName(name: string): IndexDefinition | undefined {
  return SEARCH_INDEXES.find((index) => index.name === name);
}
