import { CPV_CODES, type CpvEntry, findCpv } from '@lgx/shared/domain';

import type { AutocompleteOption } from './autocomplete-text';

/** How many categories the autocomplete offers at once. */
export const CPV_SUGGESTIONS = 12;

/** A CPV category as the autocomplete shows it: by its name, its code after it. */
export function cpvOption(entry: CpvEntry): AutocompleteOption {
  return { value: entry.code, label: entry.label, detail: entry.code };
}

/** The option for a stored code (with or without its check digit), or null when it is not known. */
export function cpvOptionOf(code: string | null | undefined): AutocompleteOption | null {
  const entry = code ? findCpv(code) : undefined;
  return entry ? cpvOption(entry) : null;
}

/** CPV divisions (codes ending in six zeros): the broad categories, such as IT services. */
export const CPV_DIVISIONS: readonly CpvEntry[] = CPV_CODES.filter(
  (entry) => entry.code.slice(2, 8) === '000000',
);

const wordsOf = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** A typed word matches a word of a name when it starts it, or is it with a plural ending. */
const wordMatches = (typed: string, word: string) =>
  word.startsWith(typed) ||
  (word.length >= 4 && typed.startsWith(word) && typed.length - word.length <= 2);

/** How well an entry matches the typed words: 0 when one of them matches nothing. */
function score(entry: CpvEntry, typed: readonly string[]): number {
  const words = wordsOf(entry.label);
  let total = 0;
  for (const word of typed) {
    if (/^\d+$/.test(word)) {
      if (!entry.code.startsWith(word)) return 0;
      total += 2;
      continue;
    }
    const found = words.filter((candidate) => wordMatches(word, candidate));
    if (found.length === 0) return 0;
    // A whole word counts more than the start of one, and a name that starts with it more still.
    total += found.some((candidate) => candidate === word) ? 2 : 1;
    if (wordMatches(word, words[0]!)) total += 1;
  }
  return total;
}

/**
 * The categories whose names hold every word typed ("software", "waste
 * collection"), or whose codes start with the digits typed, best first:
 * whole words before parts of words, then in the order of the list.
 */
export function searchCpv(
  query: string,
  entries: readonly CpvEntry[] = CPV_CODES,
  limit = CPV_SUGGESTIONS,
): AutocompleteOption[] {
  const typed = wordsOf(query);
  if (typed.length === 0) return [];
  return entries
    .map((entry, index) => ({ entry, index, score: score(entry, typed) }))
    .filter((match) => match.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map((match) => cpvOption(match.entry));
}
