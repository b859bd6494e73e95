/**
 * Taxonomies and enum-like values are kept as frozen tables of stable keys to
 * labels. A value a person sent, or a value read back from the database, is
 * one of a table's keys only when it is an OWN key: `value in TABLE` and
 * `TABLE[value]` also accept what every object inherits (toString, valueOf,
 * constructor, __proto__, hasOwnProperty ...), so never use them on such a value.
 */

/** A table of stable keys to labels for people. */
export type LabelTable = Readonly<Record<string, string>>;

/** True when `value` is one of `table`'s own keys (never an inherited name like "toString"). */
export function isOneOf<T extends object>(table: T, value: unknown): value is keyof T & string {
  return typeof value === 'string' && Object.hasOwn(table, value);
}

/** The label of `key` in `table`, or undefined when `key` is not one of its own keys. */
export function labelOf(table: LabelTable, key: string | null | undefined): string | undefined {
  return isOneOf(table, key) ? table[key] : undefined;
}

/**
 * What is wrong with a list of taxonomy keys a person chose, or null when
 * nothing is: keys that are not `table`'s own (quoting at most five, each cut
 * to 40 characters, so a long value is not echoed back), then more than `max`
 * chosen. `label` names one value ("service area").
 */
export function taxonomyProblems(
  table: LabelTable,
  values: readonly string[],
  label: string,
  max: number,
): string[] {
  const problems: string[] = [];
  const unknown = values.filter((value): boolean => !isOneOf(table, value));
  if (unknown.length > 0) {
    const shown = unknown
      .slice(0, 5)
      .map((v) => `"${v.slice(0, 40)}"`)
      .join(', ');
    const more = unknown.length > 5 ? ` and ${unknown.length - 5} more` : '';
    problems.push(`${shown}${more} ${unknown.length === 1 ? 'is not a' : 'are not'} ${label}`);
  }
  if (values.length > max) problems.push(`Choose at most ${max} ${label}s`);
  return problems;
}
