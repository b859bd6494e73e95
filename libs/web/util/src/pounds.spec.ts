import { parsePounds } from '@lgx/shared/domain';

import { poundsFromPence } from './pounds';

describe('poundsFromPence', () => {
  it.each([
    ['200000000', '2,000,000'],
    ['1250', '12.50'],
    ['5', '0.05'],
    ['0', '0'],
    ['10000000000000', '100,000,000,000'],
  ])('turns %s pence into %s', (pence, pounds) => {
    expect(poundsFromPence(pence)).toBe(pounds);
  });

  it('gives nothing for a missing or odd amount', () => {
    expect(poundsFromPence(null)).toBe('');
    expect(poundsFromPence(undefined)).toBe('');
    expect(poundsFromPence('-5')).toBe('');
  });

  it('round-trips through what the API parses', () => {
    for (const pence of ['200000000', '1250', '5', '123456789']) {
      expect(parsePounds(poundsFromPence(pence))).toBe(Number(pence));
    }
  });
});

describe('poundsFromPence without grouping', () => {
  it('writes pence as pounds that read back as the same pence', () => {
    for (const [pence, pounds] of [
      ['0', '0'],
      ['5', '0.05'],
      ['25000000', '250000'],
      ['25000050', '250000.50'],
      ['1234567890123', '12345678901.23'],
    ] as const) {
      expect(poundsFromPence(pence, { grouped: false })).toBe(pounds);
      expect(parsePounds(pounds)).toBe(Number(pence));
    }
  });
});
