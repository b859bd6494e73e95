import { ADOPTION_STATUSES, isCalendarDate, isOneOf } from '@lgx/shared/domain';

import type { FieldProblem } from './component.rules';

export interface AdoptionFields {
  status: string;
  startedOn?: string | null;
  stoppedOn?: string | null;
  note?: string | null;
  caseStudyId?: string | null;
  contactOptIn?: boolean | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Checks an adoption record; every problem by field. */
export function checkAdoption(input: AdoptionFields, today = new Date()): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!isOneOf(ADOPTION_STATUSES, input.status))
    problems.push({ field: 'status', message: 'Choose evaluating, in use or stopped using' });
  const todayText = today.toISOString().slice(0, 10);
  for (const [field, label] of [
    ['startedOn', 'date your council started'],
    ['stoppedOn', 'date your council stopped'],
  ] as const) {
    const value = input[field];
    if (!value) continue;
    if (!isCalendarDate(value))
      problems.push({ field, message: `Enter the ${label} as a real date, like 2024-04-01` });
    else if (value > todayText)
      problems.push({ field, message: `The ${label} must be today or in the past` });
  }
  if (input.stoppedOn && input.status !== 'STOPPED')
    problems.push({
      field: 'stoppedOn',
      message: 'Only give a stop date when your council stopped using it',
    });
  else if (
    isCalendarDate(input.startedOn) &&
    isCalendarDate(input.stoppedOn) &&
    input.stoppedOn < input.startedOn
  )
    problems.push({
      field: 'stoppedOn',
      message: 'The stop date must be on or after the start date',
    });
  if ((input.note ?? '').length > 2_000)
    problems.push({ field: 'note', message: 'The note must be 2,000 characters or fewer' });
  if (input.caseStudyId && !UUID.test(input.caseStudyId))
    problems.push({ field: 'caseStudyId', message: 'Choose a case study from the list' });
  return problems;
}
