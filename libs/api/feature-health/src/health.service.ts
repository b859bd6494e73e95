import { SearchClient, type SearchStatusReport, SearchStatusService } from '@lgx/api/core/search';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

export interface DependencyCheck {
  status: 'up' | 'down';
  latencyMs: number;
  /** Why it is down, in words; never a connection string or a key. */
  error?: string;
}

export interface ReadinessReport {
  status: 'ok' | 'unavailable';
  checks: {
    postgres: DependencyCheck;
    meilisearch: DependencyCheck;
    /** Changes waiting to reach the search index, and how long the oldest has waited. */
    searchIndex: { pending: number; oldestSeconds: number } | null;
    /**
     * Whether searches answer in full (ready), answer while the first build of
     * the indexes goes on (building: results may be incomplete), or answer
     * SEARCH_UNAVAILABLE (unavailable); with each index's state.
     */
    search: SearchStatusReport | { state: 'unavailable' };
  };
}

const TIMEOUT_MS = 1_000;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    work,
    new Promise<never>((_resolve, reject) =>
      setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref(),
    ),
  ]);
}

async function check(work: () => Promise<unknown>): Promise<DependencyCheck> {
  const started = performance.now();
  try {
    await withTimeout(work(), TIMEOUT_MS);
    return { status: 'up', latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    const code = (error as { code?: string }).code;
    return {
      status: 'down',
      latencyMs: Math.round(performance.now() - started),
      error: code ? `${code}` : ((error as Error).message ?? 'unknown error').slice(0, 200),
    };
  }
}

@Injectable()
export class HealthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly searchClient: SearchClient,
    private readonly searchStatus: SearchStatusService,
  ) {}

  async readiness(): Promise<ReadinessReport> {
    const [postgres, meilisearch, search] = await Promise.all([
      check(() => this.dataSource.query('SELECT 1')),
      check(() => this.searchClient.ping(TIMEOUT_MS)),
      // Needs PostgreSQL too (index states, the outbox): without it, search cannot answer.
      withTimeout(this.searchStatus.status(), 2 * TIMEOUT_MS).catch(() => ({
        state: 'unavailable' as const,
      })),
    ]);
    // Serving while the first search build goes on is ready: searches answer, perhaps incompletely.
    const status = postgres.status === 'up' && meilisearch.status === 'up' ? 'ok' : 'unavailable';
    const searchIndex =
      'pending' in search ? { pending: search.pending, oldestSeconds: search.oldestSeconds } : null;
    return { status, checks: { postgres, meilisearch, searchIndex, search } };
  }
}
