import { statedValueText } from './contract-value';

describe('a contract’s value as stated', () => {
  it('writes pounds with a pound sign, digit for digit', () => {
    expect(statedValueText('450000', 'GBP')).toBe('£450,000');
    expect(statedValueText('1234567.5', 'gbp')).toBe('£1,234,567.50');
    expect(statedValueText('12345678901234567.89', 'GBP')).toBe('£12,345,678,901,234,567.89');
    expect(statedValueText('999', 'GBP')).toBe('£999');
  });

  it('writes another currency after the amount, unconverted', () => {
    expect(statedValueText('30000', 'EUR')).toBe('30,000 EUR');
  });

  it('says when an amount has no currency, rather than guessing pounds', () => {
    expect(statedValueText('2500000', null)).toBe('2,500,000 (no currency stated)');
    expect(statedValueText('2500000', '')).toBe('2,500,000 (no currency stated)');
  });

  it('is null without a value, and keeps an amount it cannot read as it is', () => {
    expect(statedValueText(null, 'GBP')).toBeNull();
    expect(statedValueText(undefined, undefined)).toBeNull();
    expect(statedValueText('1e6', 'GBP')).toBe('£1e6');
  });
});
