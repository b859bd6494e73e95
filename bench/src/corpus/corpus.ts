import { Random } from '../prng';
import type { BenchCouncil } from './bench-councils';
import { caseStudyGenerator, type CaseStudyRow } from './case-study';
import { type CorpusContext, corpusContext } from './common';
import { componentGenerator, type ComponentRow } from './component';
import { procurementGroupGenerator, type ProcurementGroupRow } from './procurement-group';
import {
  supplierExperienceGenerator,
  type SupplierExperienceRow,
  type SupplierRow,
  supplierRows,
} from './supplier-experience';

/**
 * Every content type the bench generates, beside the council register. Each
 * is stored in its feature's own tables, and the feature's search source
 * indexes it.
 */
export const BENCH_TYPES = [
  'case_study',
  'component',
  'supplier_experience',
  'procurement_group',
] as const;
export type BenchType = (typeof BENCH_TYPES)[number];

/** Records of each type at scale 1. */
export const FULL_COUNTS: Record<BenchType, number> = {
  case_study: 100_000,
  component: 20_000,
  supplier_experience: 50_000,
  procurement_group: 2_000,
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

/** A deterministic synthetic corpus over the council register; each type has its own seeded stream. */
export class Corpus {
  readonly counts: Record<BenchType, number>;
  private readonly context: CorpusContext;

  constructor(
    councils: BenchCouncil[],
    scale: number,
    private readonly seed: string,
  ) {
    this.counts = corpusCounts(scale);
    this.context = corpusContext(councils);
  }

  get total(): number {
    return BENCH_TYPES.reduce((sum, type) => sum + this.counts[type], 0);
  }

  private stream<T>(
    type: BenchType,
    batchSize: number,
    generate: (index: number, random: Random) => T,
  ): Generator<T[]> {
    const random = new Random(`${this.seed}:${type}`);
    return batched(this.counts[type], batchSize, (index) => generate(index, random));
  }

  /** Every case study, as rows of the case_study table. */
  caseStudies(batchSize: number): Generator<CaseStudyRow[]> {
    return this.stream('case_study', batchSize, caseStudyGenerator(this.context));
  }

  /** A case study beyond the corpus (a write during the run), from a seeded stream of its own. */
  extraCaseStudy(index: number): CaseStudyRow {
    const random = new Random(`${this.seed}:case_study:extra:${index}`);
    return caseStudyGenerator(this.context)(index, random, 'extra_case_study');
  }

  /** Every component, as rows of the component table, each with its adoptions. */
  components(batchSize: number): Generator<ComponentRow[]> {
    return this.stream('component', batchSize, componentGenerator(this.context));
  }

  /** The suppliers the experiences are of (a few hundred, whatever the scale). */
  suppliers(): SupplierRow[] {
    return supplierRows(this.context, this.seed);
  }

  /** Every supplier experience, as rows of the supplier_experience table. */
  supplierExperiences(batchSize: number): Generator<SupplierExperienceRow[]> {
    return this.stream('supplier_experience', batchSize, supplierExperienceGenerator(this.context));
  }

  /** Every procurement group, as rows of the procurement_group table, each with its members. */
  procurementGroups(batchSize: number): Generator<ProcurementGroupRow[]> {
    return this.stream('procurement_group', batchSize, procurementGroupGenerator(this.context));
  }
}
