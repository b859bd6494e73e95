import { formatPublished, resultPath, resultsCountText } from './result-path';

describe('resultPath', () => {
  it('keeps paths on this site', () => {
    expect(resultPath('/councils/NGM')).toBe('/councils/NGM');
  });

  it('refuses other sites and scripts', () => {
    for (const url of ['//evil.example', '/\\evil.example', 'javascript:alert(1)', 'https://x.y'])
      expect(resultPath(url)).toBeNull();
  });
});

describe('formatPublished', () => {
  it('gives the UK date', () => {
    expect(formatPublished('2025-05-03T23:30:00.000Z')).toBe('4 May 2025');
    expect(formatPublished(null)).toBeNull();
    expect(formatPublished('soon')).toBeNull();
  });
});

describe('resultsCountText', () => {
  it('says which results are shown', () => {
    expect(resultsCountText(137, 1, 20)).toBe('Showing 1 to 20 of 137 results');
    expect(resultsCountText(1_370, 1_361, 10)).toBe('Showing 1,361 to 1,370 of 1,370 results');
    expect(resultsCountText(1, 1, 1)).toBe('Showing 1 result');
    expect(resultsCountText(0, 1, 0)).toBe('No results');
  });
});
