import { formatPence, MAX_PENCE, parsePounds, readPounds } from './figures';

describe('pounds', () => {
  it('parses and formats pounds without floating point', () => {
    expect(parsePounds('£1,500,000')).toBe(150_000_000);
    expect(parsePounds('1.5m')).toBe(150_000_000);
    expect(parsePounds('250k')).toBe(25_000_000);
    expect(parsePounds('0.10')).toBe(10);
    expect(parsePounds('12.5')).toBe(1250);
    expect(parsePounds('-5')).toBeUndefined();
    expect(parsePounds('lots')).toBeUndefined();
    expect(parsePounds('1.234')).toBeUndefined();
    expect(formatPence(150_000_000)).toBe('£1,500,000');
    expect(formatPence(1250)).toBe('£12.50');
  });
});

describe('readPounds', () => {
  it('reads amounts up to the most any form takes', () => {
    expect(readPounds('1.5m')).toEqual({ pence: 150_000_000 });
    expect(readPounds('£100,000,000,000')).toEqual({ pence: MAX_PENCE });
  });

  it('says why it refuses', () => {
    expect(readPounds('-5').problem).toBe('negative');
    expect(readPounds('£-5').problem).toBe('negative');
    expect(readPounds('1e308').problem).toBe('not-an-amount');
    expect(readPounds('NaN').problem).toBe('not-an-amount');
    expect(readPounds('Infinity').problem).toBe('not-an-amount');
    expect(readPounds('100000000001').problem).toBe('too-large');
    expect(readPounds('9'.repeat(400)).problem).toBe('too-large');
    expect(readPounds('2147483647m').problem).toBe('too-large');
  });
});
