import type { AppConfig } from '@lgx/api/core/config';
import type { SearchClient, SearchStatusService } from '@lgx/api/core/search';
import type { DataSource } from 'typeorm';

import { HealthService } from './health.service';

const answersAfter = (ms: number) => () =>
  new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/** Readiness with PostgreSQL answering after `postgresMs`, and the config's health part. */
function readinessWith(postgresMs: number, health?: AppConfig['health']) {
  const service = new HealthService(
    { health } as AppConfig,
    { query: answersAfter(postgresMs) } as unknown as DataSource,
    { ping: () => Promise.resolve() } as unknown as SearchClient,
    { status: () => Promise.resolve({ state: 'ready' }) } as unknown as SearchStatusService,
  );
  return service.readiness();
}

describe('readiness', () => {
  it('gives each dependency 1 s by default: slower counts as down', async () => {
    const report = await readinessWith(1_300);
    expect(report).toMatchObject({
      status: 'unavailable',
      checks: { postgres: { status: 'down', error: 'no answer within 1000 ms' } },
    });
  });

  it('gives each dependency the time the config allows (test apps on a busy machine)', async () => {
    const report = await readinessWith(1_300, { dependencyTimeoutMs: 5_000 });
    expect(report).toMatchObject({
      status: 'ok',
      checks: { postgres: { status: 'up' }, meilisearch: { status: 'up' } },
    });
  });

  it('still gives up on a dependency past the configured time', async () => {
    const report = await readinessWith(400, { dependencyTimeoutMs: 100 });
    expect(report).toMatchObject({
      status: 'unavailable',
      checks: { postgres: { status: 'down', error: 'no answer within 100 ms' } },
    });
  });
});
