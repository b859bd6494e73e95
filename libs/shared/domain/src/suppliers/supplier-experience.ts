import { COUNCIL_TYPES } from '../council/council-type';
import { isOneOf } from '../values/one-of';

/**
 * Supplier experiences, kept as data: keys are stored with records, labels
 * are for people.
 */

/** How the contract was bought. Framework routes also name the framework and lot. */
export const ROUTES_TO_MARKET = Object.freeze({
  FRAMEWORK_DIRECT_AWARD: 'Framework: direct award',
  FRAMEWORK_FURTHER_COMPETITION: 'Framework: further competition',
  OPEN_PROCEDURE: 'Open procedure',
  RESTRICTED_PROCEDURE: 'Restricted procedure',
  COMPETITIVE_FLEXIBLE: 'Competitive flexible procedure',
  DIRECT_AWARD: 'Direct award (no framework)',
  BELOW_THRESHOLD: 'Below-threshold quotation',
} as const);
export type RouteToMarket = keyof typeof ROUTES_TO_MARKET;

export const isFrameworkRoute = (route: string) =>
  route === 'FRAMEWORK_DIRECT_AWARD' || route === 'FRAMEWORK_FURTHER_COMPETITION';

/** Whole-life contract value, in bands so no exact price is shown. */
export const CONTRACT_VALUE_BANDS = Object.freeze({
  UNDER_25K: 'Under £25,000',
  FROM_25K_TO_100K: '£25,000 to £100,000',
  FROM_100K_TO_500K: '£100,000 to £500,000',
  FROM_500K_TO_2M: '£500,000 to £2 million',
  FROM_2M_TO_10M: '£2 million to £10 million',
  OVER_10M: 'Over £10 million',
} as const);
export type ContractValueBand = keyof typeof CONTRACT_VALUE_BANDS;

/** What officers rate, 1 (poor) to 5 (excellent). */
export const RATING_DIMENSIONS = Object.freeze({
  delivery: 'Delivery',
  valueForMoney: 'Value for money',
  support: 'Support',
  interoperability: 'Interoperability and open standards',
  exitAndDataPortability: 'Exit and data portability',
} as const);
export type RatingDimension = keyof typeof RATING_DIMENSIONS;
export const RATING_DIMENSION_KEYS = Object.keys(RATING_DIMENSIONS) as RatingDimension[];

/** Aggregates are shown only when at least this many councils contributed. */
export const MIN_COUNCILS_FOR_RATINGS = 3;

/** The mean of the ratings given, or undefined when none. */
export function overallRating(ratings: number[]): number | undefined {
  if (ratings.length === 0) return undefined;
  return ratings.reduce((sum, rating) => sum + rating, 0) / ratings.length;
}

/** The band a mean rating falls in, for a search facet: "4 to 5 stars". */
export function ratingBand(mean: number): string {
  const floor = Math.min(4, Math.max(1, Math.floor(mean)));
  return `${floor} to ${floor + 1} stars`;
}

const COUNCIL_TYPE_PHRASES: Partial<Record<string, string>> = {
  CTY: 'county council',
  NMD: 'district council',
  UA: 'unitary authority',
  MD: 'metropolitan borough',
  LBO: 'London borough',
  CC: 'city corporation',
  SCO: 'Scottish council',
  WPA: 'Welsh council',
  NID: 'Northern Ireland council',
  COMB: 'combined authority',
  SRA: 'strategic authority',
};

/** Council types found in one nation only, whose name already says which. */
const NATION_OF_TYPE: Partial<Record<string, string>> = {
  SCO: 'Scotland',
  WPA: 'Wales',
  NID: 'Northern Ireland',
};
/** Places named without "the": the nations, London, and Yorkshire and The Humber. */
const PLACES_WITHOUT_THE = [
  'England',
  'Scotland',
  'Wales',
  'Northern Ireland',
  'London',
  'Yorkshire and The Humber',
];

/**
 * How an anonymised experience names its council: by type, place (a region,
 * or a nation), both or neither, e.g. "a district council in the East
 * Midlands", "a county council", "a council in Wales". Never the council
 * itself; how much it says is decided by `describeCouncils`.
 */
export function anonymisedCouncil(typeCode: string | null, region: string | null): string {
  const kind =
    (isOneOf(COUNCIL_TYPE_PHRASES, typeCode) ? COUNCIL_TYPE_PHRASES[typeCode] : undefined) ??
    (isOneOf(COUNCIL_TYPES, typeCode) ? COUNCIL_TYPES[typeCode].toLowerCase() : 'council');
  // "a unitary": a "u" that sounds like "you" takes "a".
  const article = /^[aeio]/i.test(kind) ? 'an' : 'a';
  const saidByKind =
    (typeCode !== null &&
      Object.hasOwn(NATION_OF_TYPE, typeCode) &&
      NATION_OF_TYPE[typeCode] === region) ||
    (region === 'London' && kind === 'London borough');
  const place =
    !region || saidByKind
      ? ''
      : PLACES_WITHOUT_THE.includes(region)
        ? ` in ${region}`
        : ` in the ${region}`;
  return `${article} ${kind}${place}`;
}
