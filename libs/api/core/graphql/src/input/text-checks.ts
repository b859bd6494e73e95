/** A UUID in its canonical text form, any version (PostgreSQL's `uuid` type accepts no other). */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}

// With the `u` flag a paired surrogate is one code point, so only lone halves match.
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * What is wrong with a piece of text that nothing downstream can store or
 * search: a NUL (PostgreSQL text refuses it) or a lone UTF-16 surrogate
 * (not Unicode at all; PostgreSQL and Meilisearch refuse it). Undefined when
 * it is fine.
 */
export function textProblem(value: string): string | undefined {
  if (value.includes('\u0000')) {
    return 'contains a NUL character (U+0000), which text cannot hold. Remove it.';
  }
  if (LONE_SURROGATE.test(value)) {
    return 'is not valid Unicode: it contains half of a surrogate pair (an unpaired \\uD800-\\uDFFF escape). Send the text as UTF-8.';
  }
  return undefined;
}
