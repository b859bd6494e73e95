import type { SearchDocument, Visibility } from '@lgx/api/core/search';

import { type Random, skewed, Weighted } from '../prng';
import { SERVICE_AREAS, type ServiceArea } from '../vocabulary/service-areas';
import { PROCUREMENT_CATEGORIES, supplierNames } from '../vocabulary/suppliers';
import { TECHNOLOGIES, type Technology } from '../vocabulary/technologies';
import { type BenchCouncil, CouncilPicker } from './bench-councils';

/** What every generator draws from: councils, vocabulary and the corpus's groups. */
export interface CorpusContext {
  councils: CouncilPicker;
  serviceAreas: Weighted<ServiceArea>;
  technologies: Weighted<Technology>;
  suppliers: Weighted<string>;
  categories: Weighted<(typeof PROCUREMENT_CATEGORIES)[number]>;
  /** Procurement groups in the corpus: 'group' records belong to one of them. */
  groupCount: number;
}

export function corpusContext(councils: BenchCouncil[], groupCount: number): CorpusContext {
  return {
    councils: new CouncilPicker(councils),
    serviceAreas: skewed(SERVICE_AREAS, 0.9),
    technologies: skewed(TECHNOLOGIES, 0.9),
    suppliers: skewed(supplierNames(), 1.0),
    categories: skewed(PROCUREMENT_CATEGORIES, 0.9),
    groupCount,
  };
}

/** A document generator: the i-th document of its type (1-based), from its own seeded stream. */
export type DocumentGenerator = (index: number, random: Random) => SearchDocument;

/** Zero-padded ids sort in creation order: cs-000042. */
export const documentId = (prefix: string, index: number): string =>
  `${prefix}-${String(index).padStart(6, '0')}`;

export const groupId = (index: number): string => documentId('pg', index);

/** A fixed "now", so the same seed gives the same dates whenever it runs. */
const NOW = Date.UTC(2026, 0, 1) / 1000;

/** Unix seconds over the last six years, recent ones more likely. */
export const publishedAt = (random: Random): number =>
  NOW - Math.floor(2190 * random.next() ** 1.7) * 86_400 - random.int(0, 86_399);

/** Visibilities by weight, e.g. { public: 86, council: 8, group: 4, officers: 2 }. */
export const visibilities = (weights: Partial<Record<Visibility, number>>): Weighted<Visibility> =>
  weighted(Object.entries(weights) as [Visibility, number][]);

/** Draws a visibility; 'group' records belong to one of the corpus's groups. */
export function visibilityOf(
  random: Random,
  context: CorpusContext,
  picker: Weighted<Visibility>,
): { visibility: Visibility; groupIds: string[] } {
  const visibility = picker.pick(random);
  if (visibility !== 'group') return { visibility, groupIds: [] };
  if (context.groupCount === 0) return { visibility: 'public', groupIds: [] };
  return { visibility, groupIds: [groupId(random.int(1, context.groupCount))] };
}

/** Items with weights, as a picker. */
export const weighted = <T>(pairs: [T, number][]): Weighted<T> =>
  new Weighted(
    pairs.map(([item]) => item),
    pairs.map(([, weight]) => weight),
  );
