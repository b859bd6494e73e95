import { datePartsOf, formatDate, formatMoment, readDate } from './dates';

describe('datePartsOf', () => {
  it('splits a stored date into the three boxes, without leading zeros', () => {
    expect(datePartsOf('2024-04-01')).toEqual({ day: '1', month: '4', year: '2024' });
    expect(datePartsOf('2023-12-25')).toEqual({ day: '25', month: '12', year: '2023' });
  });

  it('leaves the boxes empty when there is no date', () => {
    expect(datePartsOf(null)).toEqual({ day: '', month: '', year: '' });
    expect(datePartsOf('April 2024')).toEqual({ day: '', month: '', year: '' });
  });
});

describe('readDate', () => {
  it('converts the three boxes to YYYY-MM-DD', () => {
    expect(readDate({ day: '1', month: '4', year: '2024' }, 'Start date')).toEqual({
      ok: true,
      value: '2024-04-01',
    });
    expect(readDate({ day: ' 29 ', month: '02', year: '2024' }, 'Start date')).toEqual({
      ok: true,
      value: '2024-02-29',
    });
  });

  it('gives no date when every box is empty', () => {
    expect(readDate({ day: '', month: ' ', year: '' }, 'Start date')).toEqual({
      ok: true,
      value: null,
    });
  });

  it('names the missing parts', () => {
    expect(readDate({ day: '', month: '4', year: '2024' }, 'Start date')).toEqual({
      ok: false,
      message: 'Start date must include a day',
      parts: ['day'],
    });
    expect(readDate({ day: '', month: '4', year: '' }, 'End date')).toEqual({
      ok: false,
      message: 'End date must include a day and year',
      parts: ['day', 'year'],
    });
  });

  it('refuses dates that do not exist', () => {
    expect(readDate({ day: '31', month: '2', year: '2024' }, 'Start date')).toMatchObject({
      ok: false,
      message: 'Start date must be a real date',
      parts: ['day'],
    });
    expect(readDate({ day: '1', month: '13', year: '2024' }, 'Start date')).toMatchObject({
      ok: false,
      parts: ['month'],
    });
    expect(readDate({ day: 'x', month: '1', year: '2024' }, 'Start date')).toMatchObject({
      ok: false,
      message: 'Start date must be a real date',
    });
    expect(readDate({ day: '29', month: '2', year: '2023' }, 'Start date').ok).toBe(false);
  });

  it('wants a four-digit year', () => {
    expect(readDate({ day: '1', month: '4', year: '24' }, 'Start date')).toEqual({
      ok: false,
      message: 'Year must include 4 numbers',
      parts: ['year'],
    });
  });
});

describe('formatDate', () => {
  it('writes dates the GOV.UK way', () => {
    expect(formatDate('2024-04-01')).toBe('1 April 2024');
    expect(formatDate(null)).toBeNull();
    expect(formatDate('soon')).toBe('soon');
  });
});

describe('formatMoment', () => {
  it('gives the day in the UK, which can differ from UTC', () => {
    expect(formatMoment('2024-04-01T09:30:00.000Z')).toBe('1 April 2024');
    // 23:30 UTC on 30 June is 00:30 on 1 July in British Summer Time.
    expect(formatMoment('2024-06-30T23:30:00.000Z')).toBe('1 July 2024');
    expect(formatMoment(null)).toBeNull();
    expect(formatMoment(42)).toBeNull();
  });
});
