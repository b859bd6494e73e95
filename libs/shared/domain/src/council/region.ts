/**
 * Regions used by the council register: the nine English regions (former
 * government office regions) and the three devolved nations, which the
 * register uses as their own region.
 */
export const REGIONS = Object.freeze([
  'East Midlands',
  'East of England',
  'London',
  'North East',
  'North West',
  'South East',
  'South West',
  'West Midlands',
  'Yorkshire and The Humber',
  'Northern Ireland',
  'Scotland',
  'Wales',
] as const);
export type RegionName = (typeof REGIONS)[number];

export function isRegion(value: string): value is RegionName {
  return (REGIONS as readonly string[]).includes(value);
}
