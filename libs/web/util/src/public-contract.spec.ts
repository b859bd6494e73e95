import {
  contractDay,
  contractPath,
  contractSourceText,
  groupedAmount,
  latestEnd,
  statedValue,
} from './public-contract';

describe('public contract wording', () => {
  it('groups an amount without losing or rounding a digit', () => {
    expect(groupedAmount('1500000')).toBe('1,500,000');
    expect(groupedAmount('125000.505')).toBe('125,000.505');
    expect(groupedAmount('12345678901234567890.1')).toBe('12,345,678,901,234,567,890.1');
    expect(groupedAmount('999')).toBe('999');
    expect(groupedAmount('1e5')).toBe('1e5');
  });

  it('states a value with its currency, and says so when none was stated rather than guessing', () => {
    expect(statedValue({ amount: '1500000', currency: 'GBP' })).toBe('£1,500,000');
    expect(statedValue({ amount: '20000', currency: 'USD' })).toBe('USD 20,000');
    expect(statedValue({ amount: '20000', currency: null })).toBe('20,000 (currency not stated)');
  });

  it('says where a date came from and how sure it is', () => {
    expect(contractSourceText('AWARD', 'EXPECTED')).toBe('expected, from the award notice');
    expect(contractSourceText('TENDER_ESTIMATE')).toBe('from the tender notice’s estimate');
    expect(contractDay('2028-03-31T00:00:00.000Z')).toBe('31 March 2028');
    expect(contractDay(null)).toBe('Not stated');
    expect(contractDay('not a date')).toBe('Not stated');
  });

  it('encodes an ocid into its path, and finds the latest end', () => {
    expect(contractPath('ocds-b5fd17-1/2')).toBe('/contracts/ocds-b5fd17-1%2F2');
    expect(latestEnd({ contractEnd: { date: 'a' }, maxExtentDate: { date: 'b' } })).toBe('b');
    expect(latestEnd({ contractEnd: { date: 'a' }, maxExtentDate: null })).toBe('a');
    expect(latestEnd({})).toBeNull();
  });
});
