import { errorId, hintId } from '../components/described-by';

/** An option of an autocomplete: what is stored, what is shown, and a detail shown beside it. */
export interface AutocompleteOption {
  value: string;
  label: string;
  detail?: string;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe to go into HTML (the autocomplete renders suggestions as HTML). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

/** An option as the menu shows it: its label, and its detail in a quieter style. */
export function suggestionHtml(option: AutocompleteOption | string): string {
  if (typeof option === 'string') return escapeHtml(option);
  const detail = option.detail
    ? ` <span class="lgx-autocomplete__detail">${escapeHtml(option.detail)}</span>`
    : '';
  return `${escapeHtml(option.label)}${detail}`;
}

/**
 * The ids the field's input is described by: its hint and error message
 * (which accessible-autocomplete leaves out, alphagov/accessible-autocomplete#589),
 * then what the autocomplete itself set (its instructions, until something is typed).
 */
export function describedByIds(
  current: string | null,
  fieldId: string,
  has: { hint: boolean; error: boolean },
): string {
  const ours = [hintId(fieldId), errorId(fieldId)];
  const own = (current ?? '').split(/\s+/).filter((id) => id && !ours.includes(id));
  return [...(has.hint ? [ours[0]!] : []), ...(has.error ? [ours[1]!] : []), ...new Set(own)].join(
    ' ',
  );
}

/**
 * What the field holds once the autocomplete lets go of it (a choice, or a
 * blur without one): the option confirmed; the one held before while the
 * text still names it; otherwise nothing, so a name typed but never chosen
 * is not taken for a choice.
 */
export function confirmedOption(
  confirmed: AutocompleteOption | undefined,
  held: AutocompleteOption | null,
  typed: string,
): AutocompleteOption | null {
  if (confirmed) return confirmed;
  return held && typed.trim() === held.label ? held : null;
}
