import { isOneOf } from '../values/one-of';
import { GROUP_STAGES, stageNeedsReason } from './group-lifecycle';

/** The longest note, or reason, a stage move may carry. */
export const GROUP_NOTE_LIMIT = 2_000;

/**
 * Every problem of a stage move at once: no known stage chosen, a note or
 * reason too long, no reason to close or abandon. The API refuses a move with
 * any of them; the form names them before sending. (Whether the group may
 * move to that stage from where it is, the API decides.)
 */
export function stageMoveProblems(move: {
  to: string;
  note?: string | null;
  reason?: string | null;
}): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const note = move.note?.trim() ?? '';
  const reason = move.reason?.trim() ?? '';
  const to = isOneOf(GROUP_STAGES, move.to) ? move.to : null;
  if (!to) problems.push({ field: 'to', message: 'Choose the stage to move to' });
  if (note.length > GROUP_NOTE_LIMIT)
    problems.push({
      field: 'note',
      message: `The note must be ${GROUP_NOTE_LIMIT} characters or fewer`,
    });
  if (to && stageNeedsReason(to) && !reason)
    problems.push({
      field: 'reason',
      message: `Say why the group is ${to === 'CLOSED' ? 'closing' : 'being abandoned'}: other councils learn from it`,
    });
  if (reason.length > GROUP_NOTE_LIMIT)
    problems.push({
      field: 'reason',
      message: `The reason must be ${GROUP_NOTE_LIMIT} characters or fewer`,
    });
  return problems;
}
