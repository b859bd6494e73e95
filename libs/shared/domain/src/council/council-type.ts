import { isOneOf } from '../values/one-of';

/**
 * Types of local authority, keyed by the register's `local-authority-type`
 * code. Labels are for people; keys are stable identifiers.
 */
export const COUNCIL_TYPES = Object.freeze({
  CTY: 'County council',
  NMD: 'District council',
  UA: 'Unitary authority',
  MD: 'Metropolitan district',
  LBO: 'London borough',
  CC: 'City corporation',
  SCO: 'Scottish council',
  WPA: 'Welsh council',
  NID: 'Northern Ireland district',
  COMB: 'Combined authority',
  SRA: 'Strategic regional authority',
} as const);
export type CouncilTypeCode = keyof typeof COUNCIL_TYPES;

export function isCouncilTypeCode(value: string): value is CouncilTypeCode {
  return isOneOf(COUNCIL_TYPES, value);
}
