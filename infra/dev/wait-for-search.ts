/** What /health/ready says of search (checks.search). */
export interface SearchReport {
  state: 'ready' | 'building' | 'unavailable';
  pending?: number;
  indexes?: { type: string; state: 'built' | 'building'; documents: number | null }[];
}

export interface WaitForSearchOptions {
  /** Reads the search part of /health/ready; null when the API does not answer. */
  read: () => Promise<SearchReport | null>;
  /** Shows how far the build has got (called when that changes). */
  progress: (line: string) => void;
  /** Waits at most this long; 0 does not wait. */
  limitMs: number;
  pollMs?: number;
}

/** One line on the build's progress, e.g. "Preparing search: 4 of 6 indexes built, 120 changes to index". */
export function progressLine(report: SearchReport | null): string {
  if (!report) return 'Preparing search: waiting for the API to answer';
  if (report.state === 'unavailable') return 'Preparing search: waiting for Meilisearch to answer';
  const indexes = report.indexes ?? [];
  const built = indexes.filter((index) => index.state === 'built').length;
  const documents = indexes.reduce((sum, index) => sum + (index.documents ?? 0), 0);
  const parts = [`${built} of ${indexes.length} indexes built`, `${documents} documents`];
  if (report.pending) parts.push(`${report.pending} changes to index`);
  return `Preparing search: ${parts.join(', ')}`;
}

/**
 * Waits until search answers with everything the API held at start-up (its
 * first build done and nothing waiting in the outbox), or until the limit.
 * Returns what search was at the end: the runner says so in its banner.
 */
export async function waitForSearch(options: WaitForSearchOptions): Promise<SearchReport['state']> {
  const deadline = Date.now() + options.limitMs;
  const pollMs = options.pollMs ?? 250;
  let shown = '';
  let state: SearchReport['state'] = 'building';
  for (;;) {
    const report = await options.read().catch(() => null);
    state = report?.state ?? 'unavailable';
    // "ready" with changes still waiting is the moment before the start-up's own writes are in.
    if (report?.state === 'ready' && !report.pending) return 'ready';
    if (Date.now() >= deadline) return state === 'ready' ? 'building' : state;
    const line = progressLine(report);
    if (line !== shown) {
      options.progress(line);
      shown = line;
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
