import { COUNCIL_GLOSSARY, glossarySynonyms } from './council-glossary';

describe('council glossary', () => {
  it('has at least 60 entries, none with a single term', () => {
    expect(COUNCIL_GLOSSARY.length).toBeGreaterThanOrEqual(60);
    expect(COUNCIL_GLOSSARY.filter((entry) => entry.length < 2)).toEqual([]);
  });

  it('makes every term find the others, in both directions, merging entries that share a term', () => {
    const synonyms = glossarySynonyms([
      ['asc', 'adult social care'],
      ['llm', 'large language model'],
      ['genai', 'llm'],
    ]);
    expect(synonyms['asc']).toEqual(['adult social care']);
    expect(synonyms['adult social care']).toEqual(['asc']);
    expect(synonyms['llm']).toEqual(['genai', 'large language model']);
    expect(synonyms['genai']).toEqual(['llm']);
  });

  it('covers the vocabulary officers search with', () => {
    const synonyms = glossarySynonyms();
    expect(synonyms['asc']).toContain('adult social care');
    expect(synonyms['bins']).toContain('waste collection');
    expect(synonyms['planning apps']).toContain('planning applications');
    expect(synonyms['bops']).toContain('back office planning system');
    expect(synonyms['rpa']).toContain('robotic process automation');
    expect(synonyms['ehcp']).toContain('education health and care plan');
  });
});
