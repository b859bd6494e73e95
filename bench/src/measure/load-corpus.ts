import type pg from 'pg';

import { type Corpus, DOCUMENT_TYPES } from '../corpus/corpus';
import { count, decimal } from '../report/format';
import { insertDocuments } from '../store/bench-store';
import { insertCaseStudies } from '../store/case-study-rows';

export interface CorpusFigures {
  documents: number;
  seconds: number;
}

const BATCH = 1_000;

/**
 * Generates the corpus and stores it, a batch per statement: case studies in
 * their feature's table, the other types in bench.document. Each row's
 * trigger enqueues it in the search outbox. The next batch is generated
 * while the last one is written.
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
  for (const batch of corpus.caseStudies(BATCH))
    await write(batch.length, () => insertCaseStudies(db, batch));
  for (const type of DOCUMENT_TYPES)
    for (const batch of corpus.documents(type, BATCH))
      await write(batch.length, () => insertDocuments(db, batch));
  await writing;
  const seconds = (performance.now() - started) / 1000;
  say(
    `  Stored ${count(stored)} records in ${decimal(seconds)} s (${count(stored / seconds)}/s), each enqueued by the outbox trigger`,
  );
  return { documents: stored, seconds: Math.round(seconds * 10) / 10 };
}
