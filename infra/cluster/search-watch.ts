import type { SentWrite } from './writes';

export interface SearchService {
  url: string;
  masterKey: string;
  indexPrefix: string;
}

/**
 * Watches Meilisearch (with the master key) for each acknowledged write:
 * how long after its acknowledgement its document was there.
 */
export class SearchWatch {
  private readonly waiting = new Map<string, SentWrite>();
  /** Milliseconds from acknowledgement to the document being in the index, by case study id. */
  readonly delays = new Map<string, number>();
  private timer?: NodeJS.Timeout;
  private polling?: Promise<void>;
  errors = 0;

  constructor(
    private readonly search: SearchService,
    private readonly intervalMs = 100,
  ) {}

  watch(write: SentWrite): void {
    if (write.id) this.waiting.set(write.id, write);
  }

  start(): void {
    this.timer = setInterval(() => {
      this.polling ??= this.poll().finally(() => (this.polling = undefined));
    }, this.intervalMs);
  }

  /** Keeps polling until every watched write is found or `limitMs` has passed; returns those never found. */
  async finish(limitMs: number): Promise<string[]> {
    const deadline = Date.now() + limitMs;
    while (this.waiting.size > 0 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, this.intervalMs));
    clearInterval(this.timer);
    await this.polling;
    return [...this.waiting.keys()];
  }

  private async poll(): Promise<void> {
    const ids = [...this.waiting.keys()].slice(0, 500);
    if (ids.length === 0) return;
    const { url, masterKey, indexPrefix } = this.search;
    try {
      const response = await fetch(`${url}/indexes/${indexPrefix}case_studies/documents/fetch`, {
        method: 'POST',
        headers: { authorization: `Bearer ${masterKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ ids, fields: ['id'], limit: ids.length }),
        signal: AbortSignal.timeout(5_000),
      });
      if (!response.ok) throw new Error(`Meilisearch answered ${response.status}`);
      const { results } = (await response.json()) as { results: { id: string }[] };
      const now = Date.now();
      for (const { id } of results) {
        const write = this.waiting.get(String(id));
        if (!write) continue;
        this.delays.set(String(id), now - write.ackedAt!);
        this.waiting.delete(String(id));
      }
    } catch {
      this.errors++;
    }
  }
}

/** Meilisearch's own timings of the case study tasks since `since`: waiting and processing, ms. */
export async function searchTaskFigures(
  search: SearchService,
  since: number,
): Promise<{ tasks: number; waitedMs: number[]; processedMs: number[] }> {
  const { url, masterKey, indexPrefix } = search;
  const params = new URLSearchParams({
    indexUids: `${indexPrefix}case_studies`,
    afterEnqueuedAt: new Date(since).toISOString(),
    limit: '1000',
  });
  const response = await fetch(`${url}/tasks?${params.toString()}`, {
    headers: { authorization: `Bearer ${masterKey}` },
  });
  const { results } = (await response.json()) as {
    results: { enqueuedAt: string; startedAt: string | null; finishedAt: string | null }[];
  };
  const finished = results.filter((task) => task.startedAt && task.finishedAt);
  const ms = (from: string, to: string) => Date.parse(to) - Date.parse(from);
  return {
    tasks: results.length,
    waitedMs: finished.map((task) => ms(task.enqueuedAt, task.startedAt!)),
    processedMs: finished.map((task) => ms(task.startedAt!, task.finishedAt!)),
  };
}
