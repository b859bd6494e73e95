import { formatPence, isCalendarDate, MAX_PENCE, readPounds } from '@lgx/shared/domain';

import type { FieldProblem } from './case-study.rules';

/** A case study's council is asked for measured figures this many months after it went live. */
export const CHECK_IN_MONTHS = [6, 12, 24] as const;
export type CheckInMonths = (typeof CHECK_IN_MONTHS)[number];

/**
 * A check-in is overdue when it fell due more than this many days ago and no
 * actuals are recorded: a month's grace to gather the figures (decision 0060).
 */
export const ACTUALS_OVERDUE_AFTER_DAYS = 30;

export type CheckInStatus = 'NOT_DUE' | 'DUE' | 'OVERDUE' | 'RECORDED';

export const isCheckInMonths = (value: unknown): value is CheckInMonths =>
  CHECK_IN_MONTHS.includes(value as CheckInMonths);

/** Today's date (UTC), YYYY-MM-DD. */
export const dateOf = (at: Date): string => at.toISOString().slice(0, 10);

/** A calendar date `months` later; the 31st of a shorter month becomes its last day. */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index % 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const target = new Date(Date.UTC(targetYear, targetMonth, Math.min(day, lastDay)));
  target.setUTCFullYear(targetYear);
  return dateOf(target);
}

export function addDays(date: string, days: number): string {
  return dateOf(new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000));
}

/** When a check-in falls due, and whether it is done, due or overdue on `today`. */
export function checkInStatus(
  liveSince: string,
  months: CheckInMonths,
  recorded: boolean,
  today: string,
): { dueOn: string; status: CheckInStatus } {
  const dueOn = addMonths(liveSince, months);
  if (recorded) return { dueOn, status: 'RECORDED' };
  if (dueOn > today) return { dueOn, status: 'NOT_DUE' };
  return {
    dueOn,
    status: addDays(dueOn, ACTUALS_OVERDUE_AFTER_DAYS) < today ? 'OVERDUE' : 'DUE',
  };
}

/** Whether any check-in of a case study live since `liveSince` is overdue on `today`. */
export function actualsOverdue(
  liveSince: string | null,
  recordedMonths: readonly number[],
  today: string,
): boolean {
  if (!liveSince) return false;
  return CHECK_IN_MONTHS.some(
    (months) =>
      checkInStatus(liveSince, months, recordedMonths.includes(months), today).status === 'OVERDUE',
  );
}

/** The measured figures as an editor sends them: money in pounds as typed. */
export interface ActualsFields {
  reportedAt?: string | null;
  investmentToDate?: string | null;
  runningCostPerYear?: string | null;
  cashableSavingsPerYear?: string | null;
  note?: string | null;
}

export interface CheckedActuals {
  reportedAt: string;
  investmentToDatePence: number | null;
  runningCostPencePerYear: number | null;
  cashableSavingsPencePerYear: number | null;
  note: string | null;
}

const MONEY: [keyof ActualsFields, string][] = [
  ['investmentToDate', 'The investment to date'],
  ['runningCostPerYear', 'The running cost per year'],
  ['cashableSavingsPerYear', 'The cashable saving per year'],
];
export const MAX_ACTUALS_NOTE = 2_000;

/**
 * Checks a check-in's actuals for a case study live since `liveSince`:
 * a known check-in that has fallen due, at least one measured figure, money
 * in pounds, a real report date between going live and today, a short note.
 */
export function checkActuals(
  checkIn: number,
  input: ActualsFields,
  liveSince: string | null,
  today: string,
): { problems: FieldProblem[]; actuals: CheckedActuals } {
  const problems: FieldProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ field, message });
  if (!isCheckInMonths(checkIn)) problem('checkIn', 'Choose the 6, 12 or 24 month check-in');
  else if (!liveSince)
    problem(
      'liveSince',
      'Say when the case study went live (its "live since" date) before recording actuals',
    );
  else if (addMonths(liveSince, checkIn) > today)
    problem(
      'checkIn',
      `The ${checkIn} month check-in is not due until ${addMonths(liveSince, checkIn)}: record actuals then`,
    );
  const pence = MONEY.map(([field, label]) => {
    const raw = input[field]?.trim();
    if (!raw) return null;
    const reading = readPounds(raw);
    if (reading.problem === 'negative') problem(field, `${label} cannot be negative`);
    else if (reading.problem === 'too-large')
      problem(field, `${label} must be ${formatPence(MAX_PENCE)} or less`);
    else if (reading.problem)
      problem(field, `Enter ${label.toLowerCase()} in pounds, like 150000 or 1.5m`);
    return reading.pence ?? null;
  });
  if (MONEY.every(([field]) => !input[field]?.trim()))
    problem(
      'figures',
      'Give at least one measured figure: investment to date, running cost or saving',
    );
  const reportedAt = input.reportedAt?.trim() || today;
  if (!isCalendarDate(reportedAt))
    problem('reportedAt', 'Enter the report date as a real date, like 2025-04-01');
  else if (reportedAt > today) problem('reportedAt', 'The report date cannot be in the future');
  else if (liveSince && reportedAt < liveSince)
    problem(
      'reportedAt',
      `The report date cannot be before the case study went live (${liveSince})`,
    );
  const note = input.note?.trim() || null;
  if (note && note.length > MAX_ACTUALS_NOTE)
    problem('note', `The note must be ${MAX_ACTUALS_NOTE} characters or fewer`);
  return {
    problems,
    actuals: {
      reportedAt,
      investmentToDatePence: pence[0] ?? null,
      runningCostPencePerYear: pence[1] ?? null,
      cashableSavingsPencePerYear: pence[2] ?? null,
      note,
    },
  };
}
