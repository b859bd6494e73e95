import { buildDataSourceOptions } from './data-source-options';

describe('buildDataSourceOptions', () => {
  it('makes a starved pool and a stuck transaction fail instead of hanging', () => {
    const options = buildDataSourceOptions({
      url: 'postgres://localhost/lgx',
      poolSize: 7,
      entities: [],
      migrations: [],
    });
    const extra = (options as { extra: Record<string, unknown> }).extra;
    expect(extra['max']).toBe(7);
    expect(extra['connectionTimeoutMillis']).toBeGreaterThan(0);
    expect(extra['options']).toMatch(/-c idle_in_transaction_session_timeout=[1-9]\d*/);
    expect(extra['options']).toMatch(/-c lock_timeout=[1-9]\d*/);
  });

  it('never migrates when a data source initialises: runPendingMigrations does, under the lock', () => {
    const options = buildDataSourceOptions({
      url: 'postgres://localhost/lgx',
      entities: [],
      migrations: [],
    });
    expect(options.migrationsRun).toBe(false);
  });
});
