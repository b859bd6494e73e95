import {
  poundsOf,
  VALUE_IN_OTHER_CURRENCY,
  VALUE_NOT_STATED,
  VALUE_WITHOUT_CURRENCY,
  valueBand,
} from './contract-value-band';

describe('contract value bands', () => {
  it.each([
    ['0', 'Under £25,000'],
    ['24999.99', 'Under £25,000'],
    ['25000', '£25,000 to under £100,000'],
    ['99999.99', '£25,000 to under £100,000'],
    ['100000', '£100,000 to under £1 million'],
    ['999999', '£100,000 to under £1 million'],
    ['1000000', '£1 million to under £10 million'],
    ['9999999.99', '£1 million to under £10 million'],
    ['10000000', '£10 million or more'],
    ['250000000', '£10 million or more'],
  ])('bands £%s from its lower bound', (amount, band) => {
    expect(valueBand(amount, 'GBP')).toBe(band);
  });

  it('reads the currency in any case, as stated', () => {
    expect(valueBand('30000', ' gbp ')).toBe('£25,000 to under £100,000');
  });

  it('never guesses pounds for an amount without a currency', () => {
    expect(valueBand('30000', null)).toBe(VALUE_WITHOUT_CURRENCY);
    expect(valueBand('30000', '  ')).toBe(VALUE_WITHOUT_CURRENCY);
    expect(poundsOf('30000', null)).toBeUndefined();
  });

  it('never converts another currency', () => {
    expect(valueBand('30000', 'EUR')).toBe(VALUE_IN_OTHER_CURRENCY);
    expect(poundsOf('30000', 'EUR')).toBeUndefined();
  });

  it('says when there is no value, or none that means one', () => {
    expect(valueBand(null, 'GBP')).toBe(VALUE_NOT_STATED);
    expect(valueBand(null, null)).toBe(VALUE_NOT_STATED);
    expect(valueBand('-5', 'GBP')).toBe(VALUE_NOT_STATED);
    expect(valueBand('not a number', 'GBP')).toBe(VALUE_NOT_STATED);
  });

  it('gives the amount in pounds only for a value in pounds', () => {
    expect(poundsOf('1234.5', 'GBP')).toBe(1234.5);
    expect(poundsOf(null, 'GBP')).toBeUndefined();
  });
});
