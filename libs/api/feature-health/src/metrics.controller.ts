import { SearchIndexer } from '@lgx/api/core/search';
import { Controller, Get, Header } from '@nestjs/common';

/** Prometheus text metrics (restrict /metrics to the monitoring network at the proxy in production). */
@Controller('metrics')
export class MetricsController {
  constructor(private readonly indexer: SearchIndexer) {}

  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async metrics(): Promise<string> {
    const lag = await this.indexer.lag();
    const { upserted, deleted, failures } = this.indexer.totals;
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
      '',
    ].join('\n');
  }
}
