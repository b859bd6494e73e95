import type { DatePart, DateParts } from '../components/date-input';

/** A date input read: its YYYY-MM-DD value (null when every box is empty), or what is wrong. */
export type DateReading =
  { ok: true; value: string | null } | { ok: false; message: string; parts: DatePart[] };

const ORDER: readonly DatePart[] = ['day', 'month', 'year'];
const STORED = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A stored YYYY-MM-DD date as a date input's boxes ("2027-04-01" as 1, 4, 2027); empty boxes for none. */
export function datePartsFromIso(iso: string | null | undefined): DateParts {
  const found = iso ? STORED.exec(iso) : null;
  if (!found) return { day: '', month: '', year: '' };
  return { day: String(Number(found[3])), month: String(Number(found[2])), year: found[1]! };
}

/** The boxes of the date input `id` as a form sent them (`${id}-day`, `${id}-month`, `${id}-year`). */
export function datePartsFromForm(form: FormData, id: string): DateParts {
  const box = (part: DatePart) => String(form.get(`${id}-${part}`) ?? '').trim();
  return { day: box('day'), month: box('month'), year: box('year') };
}

const inWords = (parts: readonly DatePart[]) =>
  parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;

/**
 * Reads a GOV.UK date input as the GOV.UK pattern asks: says which boxes are
 * missing ("… must include a month and year"), which are not numbers, a year
 * without 4 digits, or a date that does not exist, with the boxes to mark.
 * `label` names the date at the start of a sentence, like "The contract start".
 */
export function readDateParts(parts: DateParts, label: string): DateReading {
  const boxes = { day: parts.day.trim(), month: parts.month.trim(), year: parts.year.trim() };
  const empty = ORDER.filter((part) => !boxes[part]);
  if (empty.length === ORDER.length) return { ok: true, value: null };
  if (empty.length > 0)
    return { ok: false, message: `${label} must include a ${inWords(empty)}`, parts: empty };
  const wrong = ORDER.filter((part) => !/^\d+$/.test(boxes[part]));
  if (wrong.length > 0) return { ok: false, message: `${label} must be a real date`, parts: wrong };
  if (boxes.year.length !== 4)
    return { ok: false, message: `${label} must have a year of 4 numbers`, parts: ['year'] };
  const [day, month, year] = ORDER.map((part) => Number(boxes[part])) as [number, number, number];
  if (month < 1 || month > 12)
    return { ok: false, message: `${label} must be a real date`, parts: ['month'] };
  const date = new Date(Date.UTC(year, month - 1, day));
  if (day < 1 || date.getUTCDate() !== day)
    return { ok: false, message: `${label} must be a real date`, parts: ['day'] };
  const two = (value: number) => String(value).padStart(2, '0');
  return { ok: true, value: `${boxes.year}-${two(month)}-${two(day)}` };
}
