export { datePartsOf, type DateResult, readDate } from '@lgx/web/util';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A YYYY-MM-DD date for people, like "1 April 2024"; anything else as it is. */
export function formatDate(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const match = ISO.exec(iso);
  if (!match) return iso;
  return longDate.format(
    new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))),
  );
}

const londonDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
});

/** A moment from the API (an ISO timestamp) as the day it was in the UK, like "1 April 2024". */
export function formatMoment(value: unknown): string | null {
  if (typeof value !== 'string' || !value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : londonDate.format(date);
}
