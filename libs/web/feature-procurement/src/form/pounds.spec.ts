import { parsePounds } from '@lgx/shared/domain';

import { poundsFromPence } from './pounds';

describe('poundsFromPence', () => {
  it('writes pence as pounds that read back as the same pence', () => {
    for (const [pence, pounds] of [
      ['0', '0'],
      ['5', '0.05'],
      ['25000000', '250000'],
      ['25000050', '250000.50'],
      ['1234567890123', '12345678901.23'],
    ] as const) {
      expect(poundsFromPence(pence)).toBe(pounds);
      expect(parsePounds(pounds)).toBe(Number(pence));
    }
  });
});
