import {
  COUNCIL_TYPES,
  type CouncilTypeCode,
  NATION_KEYS,
  type NationKey,
} from '@lgx/shared/domain';

export const nationLabel = (nation: string) => NATION_KEYS[nation as NationKey] ?? nation;
export const typeLabel = (type: string) => COUNCIL_TYPES[type as CouncilTypeCode] ?? type;

const numberFormat = new Intl.NumberFormat('en-GB');
export const formatNumber = (value: number | null | undefined) =>
  value === null || value === undefined ? 'Not recorded' : numberFormat.format(value);

const dayFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });
/** A YYYY-MM-DD date as "22 November 2026". */
export const formatDay = (iso: string) => dayFormat.format(new Date(iso));
