import { GROUP_STAGES, isOneOf, stageNeedsReason } from '@lgx/shared/domain';
import type { FormProblem } from '@lgx/web/ui';

/** The API's limit for a stage move's note and reason (its GROUP_LIMITS.note). */
export const STAGE_NOTE_LIMIT = 2_000;

/**
 * Every problem of a stage move the form can see, in the API's words: no
 * stage chosen, a note or reason too long, no reason to close or abandon.
 * The API stops at its first problem, so the form names them all first.
 */
export function stageMoveProblems(move: {
  to: string;
  note: string | null;
  reason: string | null;
}): FormProblem[] {
  const problems: FormProblem[] = [];
  const note = move.note?.trim() ?? '';
  const reason = move.reason?.trim() ?? '';
  const to = isOneOf(GROUP_STAGES, move.to) ? move.to : null;
  if (!to) problems.push({ field: 'to', message: 'Choose the stage to move to' });
  if (note.length > STAGE_NOTE_LIMIT)
    problems.push({
      field: 'note',
      message: `The note must be ${STAGE_NOTE_LIMIT} characters or fewer`,
    });
  if (to && stageNeedsReason(to) && !reason)
    problems.push({
      field: 'reason',
      message: `Say why the group is ${to === 'CLOSED' ? 'closing' : 'being abandoned'}: other councils learn from it`,
    });
  if (reason.length > STAGE_NOTE_LIMIT)
    problems.push({
      field: 'reason',
      message: `The reason must be ${STAGE_NOTE_LIMIT} characters or fewer`,
    });
  return problems;
}
