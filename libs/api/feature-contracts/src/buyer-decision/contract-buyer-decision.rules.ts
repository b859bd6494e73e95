import { buyerNameKey } from '@lgx/shared/domain';

export interface FieldProblem {
  field: string;
  message: string;
}

/** Longer than any buyer name published; a longer text is not one. */
export const BUYER_NAME_MAX = 500;

/**
 * The name key as stored: a key sent back from the list stays as it is, and
 * a name typed as published folds to its key. Null when nothing is left.
 */
export function checkNameKey(value: string | null | undefined, problems: FieldProblem[]) {
  const text = (value ?? '').trim();
  const key = text.length <= BUYER_NAME_MAX ? buyerNameKey(text) : '';
  if (!text) problems.push({ field: 'nameKey', message: 'Choose a buyer name from the list' });
  else if (text.length > BUYER_NAME_MAX)
    problems.push({
      field: 'nameKey',
      message: `A buyer name is ${BUYER_NAME_MAX} characters or fewer: choose one from the list`,
    });
  else if (!key)
    problems.push({
      field: 'nameKey',
      message: 'That is not a buyer name: choose one from the list',
    });
  return key || null;
}

/** A register code as typed: trimmed and in capitals. Null when blank. */
export function checkCouncilCode(value: string | null | undefined, problems: FieldProblem[]) {
  const code = (value ?? '').trim().toUpperCase();
  if (!code) problems.push({ field: 'councilCode', message: 'Choose the council this buyer is' });
  else if (!/^[A-Z0-9-]{2,12}$/.test(code))
    problems.push({
      field: 'councilCode',
      message: 'That is not a council code: choose the council from the list',
    });
  return /^[A-Z0-9-]{2,12}$/.test(code) ? code : null;
}
