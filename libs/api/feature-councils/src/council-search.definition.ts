import { defineSearchIndex, GEOGRAPHY_FACETS, TYPO_TOLERANCE } from '@lgx/api/core/search';

/** The councils' search index: names as people type them, ranked for names. */
export const COUNCIL_SEARCH = defineSearchIndex({
  name: 'councils',
  type: 'council',
  label: 'Council',
  // The register is reference data: listed after what councils share, its places lead the facets.
  listOrder: 60,
  facetOrder: 0,
  readers: 'everyone',
  // 2: everydayNames, placeName, shortForms, currentRank, nameLength: names as people type them.
  documentVersion: 2,
  facets: GEOGRAPHY_FACETS,
  sorts: { NAME: ['titleSort:asc'] },
  sortable: ['population'],
  overrides: {
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
      ...TYPO_TOLERANCE,
      // Sorted, as Meilisearch returns them (else every start would re-apply the settings).
      disableOnAttributes: ['code', 'gssCode', 'shortForms'],
    },
  },
});
