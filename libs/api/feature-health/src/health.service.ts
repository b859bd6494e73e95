import { SearchClient, SearchIndexer } from '@lgx/api/core/search';
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
    private readonly search: SearchClient,
    private readonly indexer: SearchIndexer,
  ) {}

  async readiness(): Promise<ReadinessReport> {
    const [postgres, meilisearch] = await Promise.all([
      check(() => this.dataSource.query('SELECT 1')),
      check(() => this.search.ping(TIMEOUT_MS)),
    ]);
    const status = postgres.status === 'up' && meilisearch.status === 'up' ? 'ok' : 'unavailable';
    const searchIndex =
      postgres.status === 'up' ? await this.indexer.lag().catch(() => null) : null;
    return { status, checks: { postgres, meilisearch, searchIndex } };
  }
}
