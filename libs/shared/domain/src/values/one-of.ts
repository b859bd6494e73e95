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
