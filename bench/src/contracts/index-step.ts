import { IndexManager, SearchClient, SearchSourceRegistry } from '@lgx/api/core/search';

import { measureIndexer } from '../measure/indexer';
import { count } from '../report/format';
import type { ContractBenchContext, ContractBenchStep } from './contract-bench-steps';

/** How long the index may take to show the last batch's documents in its count. */
const COUNT_WAIT_MS = 120_000;

/** The contracts index's uid, as the API names it (its prefix and CONTRACT_SEARCH's name). */
export function contractIndexUid(context: ContractBenchContext): string {
  const definition = context.api.app.get(SearchSourceRegistry).definition('contract');
  if (!definition) throw new Error('the API registers no search source for contracts');
  return context.api.app.get(IndexManager).uid(definition);
}

/** Documents in the contracts index, waiting (a little) until it holds `expected`. */
async function documentsInIndex(context: ContractBenchContext, expected: number): Promise<number> {
  const index = context.api.app.get(SearchClient).meili.index(contractIndexUid(context));
  const until = Date.now() + COUNT_WAIT_MS;
  for (;;) {
    const { numberOfDocuments } = await index.getStats();
    if (numberOfDocuments >= expected || Date.now() > until) return numberOfDocuments;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/**
 * The import's processes reach Meilisearch through the search outbox (the
 * contracting_process trigger enqueues each): the indexer of the API in this
 * process was held since before the import, and is now let go and timed
 * until the outbox is empty. The index must then hold every process.
 */
export const indexContracts: ContractBenchStep = {
  name: 'index',
  title: 'Index: the search outbox drained into Meilisearch by the API’s indexer',
  async run(context) {
    const figures = await measureIndexer(
      context.api.app,
      context.indexerPause.release,
      context.services.meilisearchPid,
      context.say,
    );
    const {
      rows: [row],
    } = await context.db.query<{ processes: number }>(
      'SELECT count(*)::int AS processes FROM contracting_process',
    );
    const processes = row!.processes;
    const documents = await documentsInIndex(context, processes);
    // An outbox row is a change (a process with several releases may have several), so the
    // rate that matters is processes made searchable per second.
    const contractsPerSecond = Math.round(processes / figures.seconds);
    context.say(
      `  The contracts index holds ${count(documents)} documents for ${count(processes)} processes in PostgreSQL: ${count(contractsPerSecond)} contracts/s`,
    );
    if (documents !== processes)
      throw new Error(
        `the contracts index holds ${documents} documents, PostgreSQL ${processes} processes`,
      );
    return { ...figures, processes, documentsInIndex: documents, contractsPerSecond };
  },
};
