import { COUNCIL_TYPES, labelOf, NATION_KEYS } from '@lgx/shared/domain';

export const nationLabel = (nation: string) => labelOf(NATION_KEYS, nation) ?? nation;
export const typeLabel = (type: string) => labelOf(COUNCIL_TYPES, type) ?? type;

const numberFormat = new Intl.NumberFormat('en-GB');
export const formatNumber = (value: number | null | undefined) =>
  value === null || value === undefined ? 'Not recorded' : numberFormat.format(value);

const dayFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });
/** A YYYY-MM-DD date as "22 November 2026". */
export const formatDay = (iso: string) => dayFormat.format(new Date(iso));
