import type { FreshnessFigures } from '../measure/freshness';
import type { ReindexFigures } from '../measure/reindex';
import type { SearchFigures } from '../measure/search';

/** One target of issue 4, what was measured, and whether it was met. */
export interface TargetCheck {
  target: string;
  measured: string;
  pass: boolean;
}

/** Prints the checks, one a line, PASS or MISS first. */
export function printTargets(say: (line: string) => void, title: string, checks: TargetCheck[]) {
  say(`\n${title}`);
  for (const check of checks)
    say(`  ${check.pass ? 'PASS' : 'MISS'}  ${check.target.padEnd(46)} ${check.measured}`);
}

const ratio = (value: number) => `${value.toFixed(2)}×`;

/** Issue 4's targets, checked against this run's figures. */
export function checkTargets(
  search: SearchFigures,
  freshness: FreshnessFigures,
  reindex: ReindexFigures,
): TargetCheck[] {
  const run = (clients: number, path: 'graphql' | 'direct') =>
    search.runs.find((entry) => entry.clients === clients && entry.path === path)!.stats;
  const p95Ratio = run(4, 'graphql').p95 / run(4, 'direct').p95;
  const throughputRatio = run(20, 'graphql').throughput / run(20, 'direct').throughput;
  return [
    {
      target: 'GraphQL p95 ≤ 2× direct p95, 4 clients',
      measured: `${ratio(p95Ratio)} (${run(4, 'graphql').p95} ms against ${run(4, 'direct').p95} ms)`,
      pass: p95Ratio <= 2,
    },
    {
      target: 'GraphQL throughput ≥ 0.5× direct, 20 clients',
      measured: `${ratio(throughputRatio)} (${Math.round(run(20, 'graphql').throughput)}/s against ${Math.round(run(20, 'direct').throughput)}/s)`,
      pass: throughputRatio >= 0.5,
    },
    {
      target: 'Publish-to-searchable p95 ≤ 1 s',
      measured: Number.isFinite(freshness.p95)
        ? `${freshness.p95} ms`
        : `more than 5% of writes not found within 30 s`,
      pass: freshness.p95 <= 1_000,
    },
    {
      target: 'Full reindex ≤ 3 minutes',
      measured: `${reindex.seconds} s`,
      pass: reindex.seconds <= 180,
    },
  ];
}
