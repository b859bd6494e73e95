import { councilBusinessWords } from './council-business-words';

describe('councilBusinessWords', () => {
  it('holds the words of council business long enough for a typo, sorted and once each', () => {
    const words = councilBusinessWords(5);
    expect(words).toEqual(expect.arrayContaining(['waste', 'housing', 'chatbot', 'recycling']));
    expect(words.every((word) => /^[a-z]{5,}$/.test(word))).toBe(true);
    expect(words).toEqual([...new Set(words)].sort());
    expect(words).not.toContain('bins');
  });
});
