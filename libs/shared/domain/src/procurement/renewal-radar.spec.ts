import {
  addMonthsIso,
  INVITE_WINDOW,
  inviteWindowProblems,
  RADAR_WINDOW,
  radarWindowProblems,
} from './renewal-radar';

describe('renewal radar windows', () => {
  it('adds and subtracts whole months, keeping the day or the last day of a shorter month', () => {
    expect(addMonthsIso('2026-11-22', 6)).toBe('2027-05-22');
    expect(addMonthsIso('2026-11-22', 36)).toBe('2029-11-22');
    expect(addMonthsIso('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonthsIso('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonthsIso('2027-03-15', -6)).toBe('2026-09-15');
    expect(addMonthsIso('2027-01-10', -1)).toBe('2026-12-10');
    expect(() => addMonthsIso('22/11/2026', 1)).toThrow();
  });

  it('takes a window from 6 to 36 months, naming the argument that is wrong', () => {
    expect(radarWindowProblems(RADAR_WINDOW.minMonths, RADAR_WINDOW.maxMonths)).toEqual([]);
    expect(radarWindowProblems(12, 12)).toEqual([]);
    expect(radarWindowProblems(5, 36).map((p) => p.field)).toEqual(['fromMonths']);
    expect(radarWindowProblems(6, 37).map((p) => p.field)).toEqual(['toMonths']);
    expect(radarWindowProblems(6.5, 12).map((p) => p.field)).toEqual(['fromMonths']);
    expect(radarWindowProblems(0, 99).map((p) => p.field)).toEqual(['fromMonths', 'toMonths']);
    const reversed = radarWindowProblems(24, 12);
    expect(reversed.map((p) => p.field)).toEqual(['toMonths']);
    expect(reversed[0]!.message).toMatch(/on or after its start/);
  });

  it('takes 1 to 24 months either side of a desired start', () => {
    expect(inviteWindowProblems(INVITE_WINDOW.defaultMonths)).toEqual([]);
    expect(inviteWindowProblems(1)).toEqual([]);
    expect(inviteWindowProblems(24)).toEqual([]);
    for (const bad of [0, 25, -3, 2.5])
      expect(inviteWindowProblems(bad).map((p) => p.field)).toEqual(['monthsEitherSide']);
  });
});
