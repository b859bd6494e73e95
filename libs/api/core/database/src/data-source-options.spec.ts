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
});
