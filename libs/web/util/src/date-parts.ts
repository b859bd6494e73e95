/** The three boxes of a GOV.UK date input, as typed. */
export interface TypedDateParts {
  day: string;
  month: string;
  year: string;
}

/** One box of a GOV.UK date input. */
export type TypedDatePart = keyof TypedDateParts;

export type DateResult =
  { ok: true; value: string | null } | { ok: false; message: string; parts: TypedDatePart[] };

const EMPTY: TypedDateParts = { day: '', month: '', year: '' };
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A stored YYYY-MM-DD date as the three boxes of a GOV.UK date input: "2024-04-01" → 1, 4, 2024. */
export function datePartsOf(iso: string | null | undefined): TypedDateParts {
  const match = iso ? ISO.exec(iso) : null;
  if (!match) return EMPTY;
  const [, year, month, day] = match;
  return { day: String(Number(day)), month: String(Number(month)), year: year! };
}

const listParts = (parts: TypedDatePart[]) =>
  parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;

/**
 * The three boxes of a GOV.UK date input as YYYY-MM-DD: null when all are
 * empty (the date is optional), or the problem in GOV.UK's words, with the
 * boxes to highlight.
 */
export function readDate(parts: TypedDateParts, label: string): DateResult {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!day && !month && !year) return { ok: true, value: null };
  const missing = (['day', 'month', 'year'] as const).filter((part) => !{ day, month, year }[part]);
  if (missing.length > 0)
    return { ok: false, message: `${label} must include a ${listParts(missing)}`, parts: missing };
  const notNumbers = (['day', 'month', 'year'] as const).filter(
    (part) => !/^\d+$/.test({ day, month, year }[part]),
  );
  if (notNumbers.length > 0)
    return { ok: false, message: `${label} must be a real date`, parts: notNumbers };
  if (year.length !== 4)
    return { ok: false, message: 'Year must include 4 numbers', parts: ['year'] };
  const d = Number(day);
  const m = Number(month);
  const y = Number(year);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (m < 1 || m > 12 || d < 1 || date.getUTCDate() !== d || date.getUTCMonth() !== m - 1) {
    return {
      ok: false,
      message: `${label} must be a real date`,
      parts: m < 1 || m > 12 ? ['month'] : ['day'],
    };
  }
  return { ok: true, value: `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}
