import { type Random, skewed, Weighted } from '../prng';
import { SERVICE_AREAS, type ServiceArea } from '../vocabulary/service-areas';
import { PROCUREMENT_CATEGORIES, supplierNames } from '../vocabulary/suppliers';
import { TECHNOLOGIES, type Technology } from '../vocabulary/technologies';
import { type BenchCouncil, CouncilPicker } from './bench-councils';

/** What every generator draws from: councils and vocabulary. */
export interface CorpusContext {
  councils: CouncilPicker;
  serviceAreas: Weighted<ServiceArea>;
  technologies: Weighted<Technology>;
  /** Supplier names, most used first: the i-th is the supplier row benchUuid('supplier', i + 1). */
  suppliers: Weighted<string>;
  categories: Weighted<(typeof PROCUREMENT_CATEGORIES)[number]>;
}

export function corpusContext(councils: BenchCouncil[]): CorpusContext {
  return {
    councils: new CouncilPicker(councils),
    serviceAreas: skewed(SERVICE_AREAS, 0.9),
    technologies: skewed(TECHNOLOGIES, 0.9),
    suppliers: skewed(supplierNames(), 1.0),
    categories: skewed(PROCUREMENT_CATEGORIES, 0.9),
  };
}

/** What each kind of generated row's ids are made from (the fourth group of the uuid). */
const UUID_KINDS = {
  case_study: 0,
  extra_case_study: 1,
  component: 2,
  supplier: 3,
  supplier_experience: 4,
  procurement_group: 5,
} as const;

/**
 * A deterministic uuid for the i-th generated row of a kind (1-based): ids
 * sort in creation order within a kind, and the same seed gives the same ids.
 */
export const benchUuid = (kind: keyof typeof UUID_KINDS, index: number): string =>
  `00000000-0000-4000-${8000 + UUID_KINDS[kind]}-${index.toString(16).padStart(12, '0')}`;

/** A fixed "now", so the same seed gives the same dates whenever it runs. */
export const NOW = Date.UTC(2026, 0, 1) / 1000;

/** Unix seconds over the last six years, recent ones more likely. */
export const publishedAt = (random: Random): number =>
  NOW - Math.floor(2190 * random.next() ** 1.7) * 86_400 - random.int(0, 86_399);

/** Unix seconds as PostgreSQL reads a timestamptz. */
export const timestamp = (seconds: number): string => new Date(seconds * 1000).toISOString();

/** Unix seconds as a date column. */
export const isoDate = (seconds: number): string => timestamp(seconds).slice(0, 10);

/** Items with weights, as a picker. */
export const weighted = <T>(pairs: readonly (readonly [T, number])[]): Weighted<T> =>
  new Weighted(
    pairs.map(([item]) => item),
    pairs.map(([, weight]) => weight),
  );
