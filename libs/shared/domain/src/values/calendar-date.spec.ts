import { isCalendarDate } from './calendar-date';

describe('isCalendarDate', () => {
  it.each(['2024-04-01', '2024-02-29', '2000-02-29', '2023-12-31', '0001-01-01', '9999-12-31'])(
    'accepts %s',
    (value) => expect(isCalendarDate(value)).toBe(true),
  );

  it.each([
    '2023-02-30',
    '2023-02-29',
    '1900-02-29',
    '2023-04-31',
    '2023-13-01',
    '2023-00-10',
    '2023-01-00',
    '2023-01-32',
    '0000-01-01',
    '2023-1-01',
    '2023-01-01T00:00:00Z',
    ' 2023-01-01',
    '20230101',
    '+02023-01-01',
    '',
    'toString',
  ])('refuses %s', (value) => expect(isCalendarDate(value)).toBe(false));

  it('refuses what is not a string', () => {
    for (const value of [undefined, null, 20230101, new Date()])
      expect(isCalendarDate(value)).toBe(false);
  });
});
