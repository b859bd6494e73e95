import { SearchReindexer } from '@lgx/api/core/search';
import type { INestApplication } from '@nestjs/common';

import { BENCH_TYPES } from '../corpus/corpus';
import { type CpuUse, describeCpu, watchCpu } from '../report/cpu';
import { count, decimal } from '../report/format';

export interface ReindexFigures {
  types: { type: string; documents: number; seconds: number }[];
  documents: number;
  seconds: number;
  cpu: CpuUse;
}

/** A full reindex of every type, one after another, with the real SearchReindexer (build, then swap). */
export async function measureReindex(
  app: INestApplication,
  meilisearchPid: number | undefined,
  say: (line: string) => void,
): Promise<ReindexFigures> {
  const reindexer = app.get(SearchReindexer);
  const stopWatching = watchCpu(meilisearchPid);
  const types: ReindexFigures['types'] = [];
  // Councils and suppliers are indexed too, though the corpus does not scale them.
  for (const type of ['council', 'supplier', ...BENCH_TYPES]) {
    const result = await reindexer.reindex(type);
    const seconds = Math.round(result.seconds * 10) / 10;
    types.push({ type, documents: result.documents, seconds });
    say(
      `  ${type.padEnd(22)}${count(result.documents).padStart(9)} documents ${decimal(seconds).padStart(8)} s`,
    );
  }
  const cpu = stopWatching();
  const documents = types.reduce((sum, entry) => sum + entry.documents, 0);
  const seconds = Math.round(types.reduce((sum, entry) => sum + entry.seconds, 0) * 10) / 10;
  say(
    `  ${'total'.padEnd(22)}${count(documents).padStart(9)} documents ${decimal(seconds).padStart(8)} s`,
  );
  say(`  Meanwhile: ${describeCpu(cpu)}`);
  return { types, documents, seconds, cpu };
}
