import { COUNCIL_GLOSSARY } from './council-glossary';
import { SEARCH_STOP_WORDS } from './stop-words';

describe('search stop words', () => {
  it('are lower-case single words, each once', () => {
    expect(new Set(SEARCH_STOP_WORDS).size).toBe(SEARCH_STOP_WORDS.length);
    for (const word of SEARCH_STOP_WORDS) expect(word).toMatch(/^[a-z]+$/);
  });

  it('never swallow a glossary term that is a single word (ASC, IT, SEND...)', () => {
    const singleWords = COUNCIL_GLOSSARY.flat()
      .map((term) => term.toLowerCase())
      .filter((term) => !term.includes(' '));
    expect(singleWords.filter((term) => SEARCH_STOP_WORDS.includes(term))).toEqual([]);
    for (const acronym of ['it', 'is', 'us', 'send', 'asc'])
      expect(SEARCH_STOP_WORDS).not.toContain(acronym);
  });
});
