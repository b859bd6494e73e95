import type { LgxEvent } from '@lgx/api/core/contracts';

import { contractSearchId, ocidOfSearchId } from './contract-search-id';
import type { CompiledProcess, StoredProcess } from './release-batch';

/**
 * What a batch tells followers (issue 17): one `content.published` event per
 * contract the batch wrote, new or updated, named by its search id (what
 * notifications read it by) and versioned by its count of stored releases, so
 * that the same contract in the same state is told once however often it is
 * recorded. Releases seen before write nothing and so tell nothing; an ocid
 * too long to index is in no search and tells no one.
 */
export function contractEvents(
  written: readonly CompiledProcess[],
  stored: ReadonlyMap<string, StoredProcess>,
): LgxEvent[] {
  return written.flatMap((process): LgxEvent[] => {
    const id = contractSearchId(process.ocid);
    if (ocidOfSearchId(id) === null) return [];
    return [
      {
        type: 'content.published',
        contentType: 'contract',
        id,
        change: stored.has(process.ocid) ? 'updated' : 'new',
        version: String(process.releaseCount),
      },
    ];
  });
}
