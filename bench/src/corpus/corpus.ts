import type { SearchDocument } from '@lgx/api/core/search';

import { Random } from '../prng';
import type { BenchCouncil } from './bench-councils';
import { caseStudyGenerator, type CaseStudyRow } from './case-study';
import { type CorpusContext, corpusContext, type DocumentGenerator } from './common';
import { componentGenerator } from './component';
import { procurementGroupGenerator } from './procurement-group';
import { supplierExperienceGenerator } from './supplier-experience';

/** Every content type the bench generates, beside the council register. */
export const BENCH_TYPES = [
  'case_study',
  'component',
  'supplier_experience',
  'procurement_group',
] as const;
export type BenchType = (typeof BENCH_TYPES)[number];

/**
 * Types whose features have not landed: stored as documents only. Case
 * studies have landed and are stored in their own table.
 */
export const DOCUMENT_TYPES = ['component', 'supplier_experience', 'procurement_group'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** Records of each type at scale 1. */
export const FULL_COUNTS: Record<BenchType, number> = {
  case_study: 100_000,
  component: 20_000,
  supplier_experience: 50_000,
  procurement_group: 2_000,
};

const GENERATORS: Record<DocumentType, (context: CorpusContext) => DocumentGenerator> = {
  component: componentGenerator,
  supplier_experience: supplierExperienceGenerator,
  procurement_group: procurementGroupGenerator,
};

/** How many records of each type at this scale (at least one of each). */
export function corpusCounts(scale: number): Record<BenchType, number> {
  return Object.fromEntries(
    BENCH_TYPES.map((type) => [type, Math.max(1, Math.round(FULL_COUNTS[type] * scale))]),
  ) as Record<BenchType, number>;
}

/** Splits 1..count into batches, each made by `make`. */
function* batched<T>(count: number, size: number, make: (index: number) => T): Generator<T[]> {
  for (let start = 1; start <= count; start += size) {
    const batch: T[] = [];
    for (let index = start; index <= Math.min(count, start + size - 1); index++)
      batch.push(make(index));
    yield batch;
  }
}

/** A deterministic synthetic corpus over the council register. */
export class Corpus {
  readonly counts: Record<BenchType, number>;
  private readonly context: CorpusContext;

  constructor(
    councils: BenchCouncil[],
    scale: number,
    private readonly seed: string,
  ) {
    this.counts = corpusCounts(scale);
    this.context = corpusContext(councils, this.counts.procurement_group);
  }

  get total(): number {
    return BENCH_TYPES.reduce((sum, type) => sum + this.counts[type], 0);
  }

  /** Every case study, as rows of the case_study table. */
  caseStudies(batchSize: number): Generator<CaseStudyRow[]> {
    const generate = caseStudyGenerator(this.context);
    const random = new Random(`${this.seed}:case_study`);
    return batched(this.counts.case_study, batchSize, (index) => generate(index, random));
  }

  /** A case study beyond the corpus (a write during the run), from a seeded stream of its own. */
  extraCaseStudy(index: number): CaseStudyRow {
    const random = new Random(`${this.seed}:case_study:extra:${index}`);
    return caseStudyGenerator(this.context)(index, random, 1);
  }

  /** Every document of a type stored as documents only; each type has its own seeded stream. */
  documents(type: DocumentType, batchSize: number): Generator<SearchDocument[]> {
    const generate = GENERATORS[type](this.context);
    const random = new Random(`${this.seed}:${type}`);
    return batched(this.counts[type], batchSize, (index) => generate(index, random));
  }
}
