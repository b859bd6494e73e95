import { addMonths } from '../component/health';
import { isCalendarDate } from '../values/calendar-date';

/**
 * The renewal radar's windows: how far ahead a council looks for its
 * contracts ending (in whole months from today), and how near a group's
 * desired start another council's contract must end to be worth an invitation.
 */
export const RADAR_WINDOW = { minMonths: 6, maxMonths: 36 } as const;
export const INVITE_WINDOW = { defaultMonths: 6, minMonths: 1, maxMonths: 24 } as const;

export interface WindowProblem {
  field: string;
  message: string;
}

/**
 * The ISO date `months` whole months after (or before, when negative) `iso`;
 * a day past the end of the target month becomes its last day (31 Jan + 1 = 28/29 Feb).
 */
export function addMonthsIso(iso: string, months: number): string {
  if (!isCalendarDate(iso) || !Number.isInteger(months))
    throw new Error(`Not a date and whole months: ${iso}, ${months}`);
  return addMonths(new Date(`${iso}T00:00:00Z`), months)
    .toISOString()
    .slice(0, 10);
}

/** Problems with a council's radar window, each naming its argument; none when it is fine. */
export function radarWindowProblems(fromMonths: number, toMonths: number): WindowProblem[] {
  const { minMonths, maxMonths } = RADAR_WINDOW;
  const problems: WindowProblem[] = [];
  const inRange = (value: number) =>
    Number.isInteger(value) && value >= minMonths && value <= maxMonths;
  if (!inRange(fromMonths))
    problems.push({
      field: 'fromMonths',
      message: `The window must start between ${minMonths} and ${maxMonths} months from today, in whole months`,
    });
  if (!inRange(toMonths))
    problems.push({
      field: 'toMonths',
      message: `The window must end between ${minMonths} and ${maxMonths} months from today, in whole months`,
    });
  if (problems.length === 0 && toMonths < fromMonths)
    problems.push({
      field: 'toMonths',
      message:
        'The window must end on or after its start: enter a number of months at least as large',
    });
  return problems;
}

/** Problems with the months either side of a group's desired start; none when it is fine. */
export function inviteWindowProblems(monthsEitherSide: number): WindowProblem[] {
  const { minMonths, maxMonths } = INVITE_WINDOW;
  return Number.isInteger(monthsEitherSide) &&
    monthsEitherSide >= minMonths &&
    monthsEitherSide <= maxMonths
    ? []
    : [
        {
          field: 'monthsEitherSide',
          message: `Look between ${minMonths} and ${maxMonths} months either side of the desired start, in whole months`,
        },
      ];
}
