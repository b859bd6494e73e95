import { APP_CONFIG, type AppConfig } from '@lgx/api/core/config';
import {
  CONTRACT_SYNC_OFF,
  type ContractSyncReport,
  ContractSyncStatus,
} from '@lgx/api/core/contracts';
import { GracefulShutdown } from '@lgx/api/core/http';
import { type JobQueueReport, JobQueueStatus } from '@lgx/api/core/jobs';
import { SearchClient, type SearchStatusReport, SearchStatusService } from '@lgx/api/core/search';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { check, type DependencyCheck, TIMEOUT_MS, withTimeout } from './dependency-check';

/** A process shutting down: not ready whatever its dependencies say, so the load balancer stops sending. */
export interface ShuttingDownReport {
  status: 'unavailable';
  reason: 'shutting down';
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
    /**
     * The public contracts sync (off, ok, lagging, failing) with each source's
     * last success, lag and last error. Informative only: a failing external
     * API never makes this process unready (decision 0044).
     */
    contractSync: ContractSyncReport | { state: 'unavailable' };
    /**
     * The job queue (ok, lagging) with its jobs per name and state.
     * Informative only: a queue behind never makes this process unready.
     */
    jobs: JobQueueReport | { state: 'unavailable' };
  };
}

@Injectable()
export class HealthService {
  /** How long each dependency has to answer (search's status, which needs both, twice that). */
  private readonly timeoutMs: number;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly searchClient: SearchClient,
    private readonly searchStatus: SearchStatusService,
    @Optional() private readonly contractSync: ContractSyncStatus = CONTRACT_SYNC_OFF,
    @Optional() private readonly jobQueue?: JobQueueStatus,
    @Optional() private readonly shutdown?: GracefulShutdown,
  ) {
    this.timeoutMs = config.health?.dependencyTimeoutMs ?? TIMEOUT_MS;
  }

  async readiness(): Promise<ReadinessReport | ShuttingDownReport> {
    // At once, without asking the dependencies (which may be closing).
    if (this.shutdown?.draining) return { status: 'unavailable', reason: 'shutting down' };
    const timeoutMs = this.timeoutMs;
    const [postgres, meilisearch, search, contractSync, jobs] = await Promise.all([
      check(() => this.dataSource.query('SELECT 1'), timeoutMs),
      check(() => this.searchClient.ping(timeoutMs), timeoutMs),
      // Needs PostgreSQL too (index states, the outbox): without it, search cannot answer.
      withTimeout(this.searchStatus.status(), 2 * timeoutMs).catch(() => ({
        state: 'unavailable' as const,
      })),
      withTimeout(this.contractSync.report(), timeoutMs).catch(() => ({
        state: 'unavailable' as const,
      })),
      this.jobQueue
        ? withTimeout(this.jobQueue.report(), timeoutMs).catch(() => ({
            state: 'unavailable' as const,
          }))
        : { state: 'unavailable' as const },
    ]);
    // Serving while the first search build goes on is ready: searches answer, perhaps incompletely.
    const status = postgres.status === 'up' && meilisearch.status === 'up' ? 'ok' : 'unavailable';
    const searchIndex =
      'pending' in search ? { pending: search.pending, oldestSeconds: search.oldestSeconds } : null;
    return { status, checks: { postgres, meilisearch, searchIndex, search, contractSync, jobs } };
  }
}
