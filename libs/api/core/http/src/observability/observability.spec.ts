import { pinoLevel, redactQuery } from './log-options';
import { RequestMetrics } from './request-metrics';

describe('log options', () => {
  it('maps Nest levels to the most verbose pino level, and false to silent', () => {
    expect(pinoLevel(false)).toBe('silent');
    expect(pinoLevel(['error', 'warn'])).toBe('warn');
    expect(pinoLevel(['error', 'warn', 'log'])).toBe('info');
    expect(pinoLevel(['error', 'warn', 'log', 'debug', 'verbose'])).toBe('trace');
  });

  it('keeps the names of query parameters and drops their values', () => {
    expect(redactQuery('/unsubscribe?token=abc&list=weekly#top')).toBe(
      '/unsubscribe?token=[redacted]&list=[redacted]#top',
    );
    expect(redactQuery('/graphql')).toBe('/graphql');
  });
});

describe('GraphQL operation labels', () => {
  const labels = async (metrics: RequestMetrics) =>
    (
      await metrics.registry.getSingleMetric('lgx_graphql_operation_duration_seconds')!.get()
    ).values.map((value) => value.labels.operation);

  it('keeps a bounded set: odd names, and names past the first 100, count as "other"', async () => {
    const metrics = new RequestMetrics();
    for (let n = 0; n < 150; n++) metrics.observeOperation(`Op${n}`, 'query', 'success', 0.01);
    metrics.observeOperation('a-uuid-0f8b1e2c', 'query', 'success', 0.01);
    metrics.observeOperation(undefined, 'query', 'success', 0.01);
    metrics.observeOperation('Op1', undefined, 'error', 0.01);
    const seen = new Set(await labels(metrics));
    expect(seen.size).toBe(100 + 3);
    expect(seen).toContain('other');
    expect(seen).toContain('anonymous');
    expect(seen).toContain('invalid');
    expect(seen).not.toContain('Op120');
  });
});
