import { datePartsFromForm, datePartsFromIso, readDateParts } from './date-value';

const parts = (day: string, month: string, year: string) => ({ day, month, year });

describe('readDateParts', () => {
  it('reads a real date as YYYY-MM-DD, and no date from empty boxes', () => {
    expect(readDateParts(parts('1', '4', '2027'), 'The start')).toEqual({
      ok: true,
      value: '2027-04-01',
    });
    expect(readDateParts(parts(' 29 ', '02', '2028'), 'The start')).toEqual({
      ok: true,
      value: '2028-02-29',
    });
    expect(readDateParts(parts('', '', ''), 'The start')).toEqual({ ok: true, value: null });
  });

  it('says which boxes are missing or wrong, and marks only those', () => {
    expect(readDateParts(parts('1', '', ''), 'The start')).toEqual({
      ok: false,
      message: 'The start must include a month and year',
      parts: ['month', 'year'],
    });
    expect(readDateParts(parts('1', 'April', '2027'), 'The start')).toEqual({
      ok: false,
      message: 'The start must be a real date',
      parts: ['month'],
    });
    expect(readDateParts(parts('1', '4', '27'), 'The start')).toMatchObject({
      message: 'The start must have a year of 4 numbers',
      parts: ['year'],
    });
    expect(readDateParts(parts('1', '13', '2027'), 'The start')).toMatchObject({
      parts: ['month'],
    });
    expect(readDateParts(parts('29', '2', '2027'), 'The start')).toMatchObject({
      message: 'The start must be a real date',
      parts: ['day'],
    });
  });
});

describe('date parts', () => {
  it('come from a stored date and from a sent form', () => {
    expect(datePartsFromIso('2027-04-01')).toEqual(parts('1', '4', '2027'));
    expect(datePartsFromIso(null)).toEqual(parts('', '', ''));
    const form = new FormData();
    form.set('start-day', ' 3');
    form.set('start-month', '5');
    expect(datePartsFromForm(form, 'start')).toEqual(parts('3', '5', ''));
  });
});
