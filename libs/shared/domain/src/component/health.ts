/** A component untouched by its maintainers for this long may be stale. */
export const STALE_AFTER_MONTHS = 12;

export interface ComponentHealthInput {
  /** When a maintainer last changed the record (or re-imported it). */
  lastUpdatedAt: Date;
  maturity: string;
  adoptionCount: number;
}

export interface ComponentHealth {
  lastUpdatedAt: Date;
  adoptionCount: number;
  /** Not changed for 12 months or more; retired components are never flagged. */
  possiblyStale: boolean;
  /** When it becomes (or became) possibly stale. */
  staleFrom: Date;
}

/** Adds whole calendar months, clamping to the end of shorter months (31 Jan + 1 = 28/29 Feb). */
export function addMonths(date: Date, months: number): Date {
  const result = new Date(date.getTime());
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  const lastDay = new Date(
    Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0),
  ).getUTCDate();
  result.setUTCDate(Math.min(day, lastDay));
  return result;
}

/** Health signals of a component at `now`. */
export function componentHealth(input: ComponentHealthInput, now: Date): ComponentHealth {
  const staleFrom = addMonths(input.lastUpdatedAt, STALE_AFTER_MONTHS);
  return {
    lastUpdatedAt: input.lastUpdatedAt,
    adoptionCount: input.adoptionCount,
    possiblyStale: input.maturity !== 'RETIRED' && now.getTime() >= staleFrom.getTime(),
    staleFrom,
  };
}

/** How many councils use a component, in words for a list of results. */
export function adoptionPhrase(adoptionCount: number): string {
  if (adoptionCount <= 0) return 'No council uses it yet';
  if (adoptionCount === 1) return '1 council uses or is evaluating it';
  return `${adoptionCount} councils use or are evaluating it`;
}
