import { settingsDiff } from './index-settings';

describe('settingsDiff', () => {
  it('finds nothing when Meilisearch returns the same settings in its own shape', () => {
    const wanted = {
      searchableAttributes: ['title', 'summary'],
      filterableAttributes: ['b', 'a'],
      typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
      synonyms: { asc: ['adult social care'], 'adult social care': ['asc'] },
    };
    const current = {
      searchableAttributes: ['title', 'summary'],
      filterableAttributes: ['a', 'b'],
      typoTolerance: {
        enabled: true,
        minWordSizeForTypos: { twoTypos: 8, oneTypo: 4 },
        disableOnWords: [],
        disableOnAttributes: [],
      },
      synonyms: { 'adult social care': ['asc'], asc: ['adult social care'] },
      rankingRules: ['words'],
    };
    expect(settingsDiff(wanted, current)).toEqual([]);
  });

  it('names each setting that differs', () => {
    expect(
      settingsDiff(
        {
          searchableAttributes: ['title', 'summary'],
          synonyms: { asc: ['adult social care'] },
          pagination: { maxTotalHits: 10000 },
        },
        {
          searchableAttributes: ['summary', 'title'],
          synonyms: { asc: ['adult social care'], bins: ['waste'] },
          pagination: { maxTotalHits: 1000 },
        },
      ),
    ).toEqual(['searchableAttributes', 'synonyms', 'pagination']);
  });
});
