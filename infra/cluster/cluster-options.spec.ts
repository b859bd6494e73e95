import { ClusterUsageError, parseClusterOptions } from './cluster-options';

describe('parseClusterOptions', () => {
  it('runs three processes for a minute with the kills, by default', () => {
    expect(parseClusterOptions([])).toEqual({
      processes: 3,
      seconds: 60,
      chaos: true,
      rateLimitScale: 5,
      connections: 8,
      searchableWithinMs: 2_000,
    });
  });

  it('shortens the load for CI and measures one process without kills', () => {
    expect(parseClusterOptions(['--short'])).toMatchObject({
      seconds: 25,
      connections: 4,
      searchableWithinMs: 10_000,
    });
    expect(parseClusterOptions(['--searchable-within', '500']).searchableWithinMs).toBe(500);
    const one = parseClusterOptions(['--processes', '1', '--seconds', '30']);
    expect(one).toMatchObject({ processes: 1, seconds: 30, chaos: false });
    expect(parseClusterOptions(['--no-chaos']).chaos).toBe(false);
  });

  it('refuses unknown flags and bad values with the usage', () => {
    for (const args of [
      ['--processes', '2'],
      ['--processes', 'x'],
      ['--seconds', '1'],
      ['--fast'],
      ['--searchable-within', '5'],
    ])
      expect(() => parseClusterOptions(args)).toThrow(ClusterUsageError);
    expect(() => parseClusterOptions(['--fast'])).toThrow(/Usage: npm run cluster/);
  });
});
