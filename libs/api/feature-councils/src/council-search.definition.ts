import { defineSearchIndex, GEOGRAPHY_FACETS, TYPO_TOLERANCE } from '@lgx/api/core/search';
import { glossarySynonyms } from '@lgx/shared/domain';

import { councilBusinessWords } from './council-business-words';

/** The shortest word of a query given a typo when it is matched against council names. */
const ONE_TYPO_FROM = 5;

/** The councils' search index: names as people type them, ranked for names. */
export const COUNCIL_SEARCH = defineSearchIndex({
  name: 'councils',
  type: 'council',
  label: 'Council',
  // The register is reference data: listed after what councils share, its places lead the facets.
  listOrder: 60,
  facetOrder: 0,
  readers: 'everyone',
  // Found by name; a search without words lists what councils share, not the register.
  reference: true,
  // What the councils page lists (CouncilService.list): only today's authorities, unless
  // former ones are asked for. Both read the register's one flag, isCurrent.
  currentFilter: 'isCurrent = true',
  filterable: ['isCurrent'],
  // A council is a result only when the query names it: every word must match.
  queryParams: { matchingStrategy: 'all' },
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
    // A borough, or a comhairle, is a council ("Camden council" is the London Borough of Camden).
    synonyms: { ...glossarySynonyms(), council: ['authority', 'borough', 'comhairle'] },
    typoTolerance: {
      ...TYPO_TOLERANCE,
      // A typo in a word of four letters, added to matching its start, is any council
      // ("bins" found Reigate and BANstead); from five letters up a name is recognisable.
      minWordSizeForTypos: { twoTypos: 8, oneTypo: ONE_TYPO_FROM },
      // Codes and initials are identifiers: a typo of one is another council's.
      // Sorted, as Meilisearch returns them (else every start would re-apply the settings).
      disableOnAttributes: ['code', 'gssCode', 'shortForms'],
      // A word of council business means what it says ("waste" is not "Western Isles").
      disableOnWords: councilBusinessWords(ONE_TYPO_FROM),
    },
  },
});
