import {
  ACTUALS_OVERDUE_AFTER_DAYS,
  actualsOverdue,
  addMonths,
  checkActuals,
  checkInStatus,
} from './case-study-actuals.rules';

describe('check-ins 6, 12 and 24 months after a case study went live', () => {
  it('falls due on the same day of the month, or the last day of a shorter month', () => {
    expect(addMonths('2024-01-15', 6)).toBe('2024-07-15');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addMonths('2023-08-31', 12)).toBe('2024-08-31');
    expect(addMonths('2022-12-31', 24)).toBe('2024-12-31');
  });

  it('is not due, due, then overdue 30 days after it fell due, unless recorded', () => {
    expect(ACTUALS_OVERDUE_AFTER_DAYS).toBe(30);
    const status = (today: string, recorded = false) =>
      checkInStatus('2024-01-15', 6, recorded, today).status;
    expect(status('2024-07-14')).toBe('NOT_DUE');
    expect(status('2024-07-15')).toBe('DUE');
    expect(status('2024-08-14')).toBe('DUE');
    expect(status('2024-08-15')).toBe('OVERDUE');
    expect(status('2024-08-15', true)).toBe('RECORDED');
  });

  it('is overdue when any check-in is missed, and never without a live since date', () => {
    expect(actualsOverdue(null, [], '2030-01-01')).toBe(false);
    expect(actualsOverdue('2024-01-15', [], '2024-08-15')).toBe(true);
    expect(actualsOverdue('2024-01-15', [6], '2024-08-15')).toBe(false);
    expect(actualsOverdue('2024-01-15', [6], '2025-02-15')).toBe(true);
  });
});

describe('the actuals of a check-in', () => {
  const today = '2025-06-01';
  const fields = (checkIn: number, input: object, liveSince: string | null = '2024-01-15') =>
    checkActuals(checkIn, input, liveSince, today).problems.map((p) => p.field);

  it('reads money in pounds into pence, and dates the report today unless given', () => {
    const { problems, actuals } = checkActuals(
      12,
      { investmentToDate: '1.5m', cashableSavingsPerYear: '£250,000.50', note: ' On track ' },
      '2024-01-15',
      today,
    );
    expect(problems).toEqual([]);
    expect(actuals).toEqual({
      reportedAt: today,
      investmentToDatePence: 150_000_000,
      runningCostPencePerYear: null,
      cashableSavingsPencePerYear: 25_000_050,
      note: 'On track',
    });
  });

  it.each([
    ['an unknown check-in', 9, { investmentToDate: '1' }, ['checkIn']],
    ['a check-in not yet due', 24, { investmentToDate: '1' }, ['checkIn']],
    ['no figure at all', 6, { note: 'soon' }, ['figures']],
    ['negative money', 6, { runningCostPerYear: '-5' }, ['runningCostPerYear']],
    ['words for money', 6, { cashableSavingsPerYear: 'lots' }, ['cashableSavingsPerYear']],
    [
      'a report date in the future',
      6,
      { investmentToDate: '1', reportedAt: '2025-06-02' },
      ['reportedAt'],
    ],
    [
      'a report date before going live',
      6,
      { investmentToDate: '1', reportedAt: '2024-01-01' },
      ['reportedAt'],
    ],
    [
      'a date that is not real',
      6,
      { investmentToDate: '1', reportedAt: '2025-02-30' },
      ['reportedAt'],
    ],
    ['a long note', 6, { investmentToDate: '1', note: 'x'.repeat(2_001) }, ['note']],
  ])('refuses %s', (_name, checkIn, input, expected) => {
    expect(fields(checkIn, input)).toEqual(expected);
  });

  it('needs the case study to have gone live', () => {
    expect(fields(6, { investmentToDate: '1' }, null)).toEqual(['liveSince']);
  });
});
