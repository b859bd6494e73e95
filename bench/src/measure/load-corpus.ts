import type pg from 'pg';

import type { Corpus } from '../corpus/corpus';
import { count, decimal } from '../report/format';
import { insertCaseStudies } from '../store/case-study-rows';
import { insertComponents } from '../store/component-rows';
import { insertProcurementGroups } from '../store/procurement-group-rows';
import { insertSupplierExperiences, insertSuppliers } from '../store/supplier-experience-rows';

export interface CorpusFigures {
  documents: number;
  seconds: number;
}

const BATCH = 1_000;

/**
 * Generates the corpus and stores it in the features' own tables, a batch per
 * statement (with the adoptions of components and the members of groups in
 * the same statement). Each record's trigger enqueues it in the search
 * outbox. The next batch is generated while the last one is written.
 */
export async function loadCorpus(
  db: pg.Pool,
  corpus: Corpus,
  say: (line: string) => void,
): Promise<CorpusFigures> {
  const started = performance.now();
  let stored = 0;
  let reported = started;
  let writing: Promise<void> = Promise.resolve();
  const write = async (size: number, insert: () => Promise<void>) => {
    await writing;
    writing = insert().then(() => {
      stored += size;
    });
    // Let the insert reach PostgreSQL before generating the next batch.
    await new Promise((resolve) => setImmediate(resolve));
    if (performance.now() - reported > 15_000) {
      reported = performance.now();
      say(`  ...stored ${count(stored)} of ${count(corpus.total)} records`);
    }
  };
  // The few hundred suppliers the experiences are of: indexed too, but not scaled, so not counted.
  await insertSuppliers(db, corpus.suppliers());
  for (const batch of corpus.caseStudies(BATCH))
    await write(batch.length, () => insertCaseStudies(db, batch));
  for (const batch of corpus.components(BATCH))
    await write(batch.length, () => insertComponents(db, batch));
  for (const batch of corpus.supplierExperiences(BATCH))
    await write(batch.length, () => insertSupplierExperiences(db, batch));
  for (const batch of corpus.procurementGroups(BATCH))
    await write(batch.length, () => insertProcurementGroups(db, batch));
  await writing;
  const seconds = (performance.now() - started) / 1000;
  say(
    `  Stored ${count(stored)} records in ${decimal(seconds)} s (${count(stored / seconds)}/s), each enqueued by the outbox trigger`,
  );
  return { documents: stored, seconds: Math.round(seconds * 10) / 10 };
}
