import { CONTRACT_SYNC_OFF, ContractSyncStatus } from '@lgx/api/core/contracts';
import { RequestMetrics } from '@lgx/api/core/http';
import { JobQueueStatus } from '@lgx/api/core/jobs';
import { SearchIndexer } from '@lgx/api/core/search';
import { Controller, Get, Header, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { contractSyncMetrics } from './contract-sync-metrics';
import { jobQueueMetrics } from './job-queue-metrics';
import { poolMetrics } from './pool-metrics';

/** Prometheus text metrics (restrict /metrics to the monitoring network at the proxy in production). */
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly indexer: SearchIndexer,
    private readonly dataSource: DataSource,
    @Optional() private readonly contractSync: ContractSyncStatus = CONTRACT_SYNC_OFF,
    @Optional() private readonly jobs?: JobQueueStatus,
    @Optional() private readonly requests?: RequestMetrics,
  ) {}

  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async metrics(): Promise<string> {
    const lag = await this.indexer.lag();
    const { upserted, deleted, failures } = this.indexer.totals;
    // Metrics still answer when the sync's state cannot be read; its lines are left out.
    const contractSync = await this.contractSync
      .report()
      .catch(() => ({ state: 'off' as const, sources: [] }));
    // Likewise the queue's: without it (or its tables), its lines are left out.
    const jobs = await this.jobs?.report().catch(() => undefined);
    // The request histograms (prom-client), already in the text format with their own HELP lines.
    const requests = (await this.requests?.registry.metrics())?.trimEnd();
    return [
      '# HELP lgx_search_outbox_pending Changes waiting to reach the search index.',
      '# TYPE lgx_search_outbox_pending gauge',
      `lgx_search_outbox_pending ${lag.pending}`,
      '# HELP lgx_search_outbox_lag_seconds Age of the oldest change waiting to reach the search index.',
      '# TYPE lgx_search_outbox_lag_seconds gauge',
      `lgx_search_outbox_lag_seconds ${lag.oldestSeconds}`,
      '# HELP lgx_search_documents_indexed_total Documents written to or deleted from the search index by this process.',
      '# TYPE lgx_search_documents_indexed_total counter',
      `lgx_search_documents_indexed_total{operation="upsert"} ${upserted}`,
      `lgx_search_documents_indexed_total{operation="delete"} ${deleted}`,
      '# HELP lgx_search_indexer_failures_total Failed indexing batches (retried with back-off).',
      '# TYPE lgx_search_indexer_failures_total counter',
      `lgx_search_indexer_failures_total ${failures}`,
      ...contractSyncMetrics(contractSync),
      ...(jobs ? jobQueueMetrics(jobs) : []),
      ...poolMetrics(this.dataSource),
      ...(requests ? [requests] : []),
      '',
    ].join('\n');
  }
}
