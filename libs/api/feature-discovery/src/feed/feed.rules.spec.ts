import { defineSearchIndex, type IndexDefinition } from '@lgx/api/core/search';

import { feedSearchParams, feedTypes, parseFeedSearch, typesToList } from './feed.rules';

const index = (
  type: string,
  options: { readers?: 'everyone' | 'officers'; newest?: boolean; reference?: boolean } = {},
): IndexDefinition =>
  defineSearchIndex({
    name: `${type}s`,
    type,
    label: type,
    listOrder: 1,
    facetOrder: 1,
    readers: options.readers ?? 'everyone',
    documentVersion: 1,
    searchable: [],
    sortable: [],
    ...(options.reference ? { reference: true } : {}),
    facets: [{ attribute: `${type}Facet`, label: 'Facet' }],
    sorts:
      options.newest === false ? { NAME: ['titleSort:asc'] } : { NEWEST: ['publishedAt:desc'] },
  });

const DEFINITIONS = [
  index('case_study'),
  index('component'),
  index('supplier_experience', { readers: 'officers' }),
  index('contract', { reference: true }),
  index('council', { newest: false, reference: true }),
];

const parse = (search: string) => parseFeedSearch(new URLSearchParams(search), DEFINITIONS);

describe('feed rules', () => {
  it('lists public types with a date only', () => {
    expect(feedTypes(DEFINITIONS).map((definition) => definition.type)).toEqual([
      'case_study',
      'component',
      'contract',
    ]);
  });

  it('lists what the search page lists: chosen types, else without words what councils share', () => {
    expect(typesToList(parse(''), DEFINITIONS)).toEqual(['CASE_STUDY', 'COMPONENT']);
    expect(typesToList(parse('q=bins'), DEFINITIONS)).toEqual([
      'CASE_STUDY',
      'COMPONENT',
      'CONTRACT',
    ]);
    expect(typesToList(parse('type=contract&type=contract'), DEFINITIONS)).toEqual(['CONTRACT']);
  });

  it('reads words, filters and councils as the search page writes them, and writes them back', () => {
    const search = parse(
      'q=+bins+&type=case-study&case_studyFacet=A&case_studyFacet=A&case_studyFacet=+&near=der&like=NOT&former=yes&sort=newest&after=MjA&prev=MTA',
    );
    expect(search).toEqual({
      query: 'bins',
      filters: {
        types: ['CASE_STUDY'],
        facets: [{ attribute: 'case_studyFacet', values: ['A'] }],
        includeFormer: true,
        nearCouncil: { councilCode: 'DER', withinKm: 50 },
        likeCouncil: 'NOT',
      },
    });
    expect(feedSearchParams(search).toString()).toBe(
      'q=bins&type=case-study&case_studyFacet=A&near=DER&like=NOT&former=yes',
    );
  });

  it.each([
    ['type=council', 'type=council', '"council" is not a content type a feed can list'],
    [
      'type=supplier-experience',
      'type=supplier-experience',
      '"supplier-experience" is not a content type a feed can list',
    ],
    ['type=case_study', 'type=case_study', '"case_study" is not a content type'],
    ['page=2', 'page=2', '"page" is not a search filter'],
    ['q=a&q=a', 'q=a&q=a', 'Give "q" once.'],
    ['near=DER&near=NOT', 'near=DER&near=NOT', 'Give "near" once.'],
    ['like=Derby City', 'like=Derby City', 'register code, such as DER'],
    ['former=true', 'former=true', '"former" can only be "yes"'],
    [
      '51 values of one filter',
      `case_studyFacet=${Array.from({ length: 51 }, (_, n) => n).join('&case_studyFacet=')}`,
      'at most 50 values',
    ],
  ])('refuses %s', (_, search, message) => {
    expect(() => parse(search)).toThrow(message);
  });
});
