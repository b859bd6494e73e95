import {
  describeSearch,
  normaliseSearch,
  savedSearchKey,
  searchPath,
  topicKeys,
  topicOf,
} from './follow.rules';

describe('topics', () => {
  it('knows the keys of the three taxonomies, and nothing else', () => {
    expect(topicOf('SERVICE_AREA:HOUSING')).toEqual({
      key: 'SERVICE_AREA:HOUSING',
      label: 'Housing and homelessness',
    });
    expect(topicOf('TECHNOLOGY:GENERATIVE_AI')?.label).toBe('Generative AI');
    expect(topicOf('STRATEGIC_OBJECTIVE:NET_ZERO')?.label).toBe('Net zero');
    for (const bad of [
      'SERVICE_AREA:',
      'HOUSING',
      'SERVICE_AREA:HOUSING:X',
      'COLOUR:RED',
      'SERVICE_AREA:toString',
    ])
      expect(topicOf(bad)).toBeNull();
  });

  it('makes a record’s topic keys from its taxonomy values', () => {
    expect(topicKeys({ SERVICE_AREA: ['HOUSING'], TECHNOLOGY: ['AI', 'CLOUD'] })).toEqual([
      'SERVICE_AREA:HOUSING',
      'TECHNOLOGY:AI',
      'TECHNOLOGY:CLOUD',
    ]);
  });
});

describe('saved searches', () => {
  const search = {
    query: '  chat   bot ',
    types: ['component', 'case_study', 'case_study'],
    facets: [
      { attribute: 'technologies', values: ['Cloud', 'AI and machine learning'] },
      { attribute: 'serviceAreas', values: ['Housing and homelessness', ' '] },
      { attribute: 'region', values: [] },
    ],
  };

  it('is the same search however it was ordered or spaced', () => {
    expect(normaliseSearch(search)).toEqual({
      query: 'chat bot',
      types: ['case_study', 'component'],
      facets: [
        { attribute: 'serviceAreas', values: ['Housing and homelessness'] },
        { attribute: 'technologies', values: ['AI and machine learning', 'Cloud'] },
      ],
    });
    const reordered = {
      ...search,
      types: ['case_study', 'component'],
      facets: [...search.facets].reverse(),
    };
    expect(savedSearchKey(reordered)).toBe(savedSearchKey(search));
    expect(savedSearchKey({ ...search, query: 'chatbot' })).not.toBe(savedSearchKey(search));
  });

  it('is named and linked as the search page keeps it', () => {
    const normal = normaliseSearch(search);
    expect(describeSearch(normal)).toBe('“chat bot” with 4 filters');
    expect(describeSearch({ query: 'bins', types: [], facets: [] })).toBe('“bins”');
    expect(searchPath(normal)).toBe(
      '/search?q=chat+bot&type=case-study&type=component&serviceAreas=Housing+and+homelessness&technologies=AI+and+machine+learning&technologies=Cloud',
    );
  });
});
