import http from 'node:http';

import { type ReaderScope, VISITOR_SCOPE } from '@lgx/api/core/search';

import { requestText } from '../http/http-json';
import { addCpu, type CpuUse, watchCpu } from '../report/cpu';
import { count, ms } from '../report/format';
import { type LatencyStats, latencyStats, percentile } from '../report/stats';
import { type CouncilRow, directRequest, directSummary } from '../search/direct-request';
import { graphqlBody, graphqlSummary } from '../search/graphql-request';
import type { LoadRequest, LoadResult } from '../search/load-protocol';
import type { LoadRunner } from '../search/load-runner';
import { type MixQuery, QUERY_MIX } from '../search/query-mix';

/** 4 and 20 are issue 4's; 1 shows the cost of one search with nothing queued. */
export const CONCURRENCIES = [1, 4, 20] as const;
const ROUNDS = 2;
const MAX_REQUESTS = 200_000;
const TIMEOUT_MS = 10_000;

type Path = 'direct' | 'graphql';

export interface SearchRun {
  clients: number;
  path: Path;
  stats: LatencyStats;
  cpu: CpuUse;
  /** Median milliseconds by kind of query and by reader. */
  p50ByKind: Record<string, number>;
  p50ByReader: Record<string, number>;
  firstError?: string;
}

export interface SearchFigures {
  /** Requests in the mix (each query as a visitor and as a Derby officer). */
  mix: number;
  /** Of them, how many got the same total and hits through GraphQL as straight from Meilisearch. */
  sameAnswers: number;
  /** Mean size of an answer, in bytes, each way. */
  answerBytes: { graphql: number; direct: number };
  differences: string[];
  runs: SearchRun[];
}

export interface SearchSetup {
  apiUrl: string;
  meiliUrl: string;
  meiliMasterKey: string;
  meilisearchPid?: number;
  indexPrefix: string;
  officerCookie: string;
  officerCouncil: string;
  /** The officer's council's procurement groups, whose invite-only records the officer may find. */
  officerGroupIds: string[];
  councils: CouncilRow[];
  seconds: number;
  runner: LoadRunner;
}

interface Pair {
  entry: MixQuery;
  reader: string;
  graphql: LoadRequest;
  direct: LoadRequest;
}

/** The mix as pairs of requests: the same search through GraphQL and straight to Meilisearch. */
function buildPairs(setup: SearchSetup): Pair[] {
  const readers: { name: string; scope: ReaderScope; headers: Record<string, string> }[] = [
    { name: 'visitor', scope: VISITOR_SCOPE, headers: {} },
    {
      name: `${setup.officerCouncil} officer`,
      scope: {
        officer: true,
        councilCode: setup.officerCouncil,
        groupIds: setup.officerGroupIds,
      },
      headers: { cookie: setup.officerCookie },
    },
  ];
  return QUERY_MIX.flatMap((entry) =>
    readers.map((reader) => {
      const direct = directRequest(entry, reader.scope, setup.councils, setup.indexPrefix);
      return {
        entry,
        reader: reader.name,
        graphql: { path: '/graphql', body: graphqlBody(entry), headers: reader.headers },
        direct: {
          path: direct.path,
          body: direct.body,
          headers: { authorization: `Bearer ${setup.meiliMasterKey}` },
        },
      };
    }),
  );
}

/** Sends every pair both ways once and compares the totals and hits. */
async function compareAnswers(setup: SearchSetup, pairs: Pair[]) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
  const differences: string[] = [];
  const bytes = { graphql: 0, direct: 0 };
  for (const pair of pairs) {
    const label = `"${pair.entry.query}" (${pair.entry.kind}) as ${pair.reader}`;
    try {
      const send = (origin: string, request: LoadRequest) =>
        requestText({
          method: 'POST',
          url: `${origin}${request.path}`,
          body: request.body,
          headers: request.headers,
          agent,
        });
      const viaApi = (await send(setup.apiUrl, pair.graphql)).text;
      const direct = (await send(setup.meiliUrl, pair.direct)).text;
      bytes.graphql += Buffer.byteLength(viaApi) / pairs.length;
      bytes.direct += Buffer.byteLength(direct) / pairs.length;
      const a = graphqlSummary(viaApi);
      const b = directSummary(direct);
      if (a.total !== b.total || a.ids.join() !== b.ids.join())
        differences.push(
          `${label}: GraphQL ${a.total} hits [${a.ids.slice(0, 3).join(', ')}...], Meilisearch ${b.total} [${b.ids.slice(0, 3).join(', ')}...]`,
        );
    } catch (error) {
      differences.push(`${label}: ${(error as Error).message}`);
    }
  }
  agent.destroy();
  return { differences, bytes };
}

/** Median latency of the requests in each group. */
function mediansBy(result: LoadResult, groupOf: (index: number) => string): Record<string, number> {
  const groups = new Map<string, number[]>();
  result.latencies.forEach((latency, i) => {
    const key = groupOf(result.indices[i]!);
    const group = groups.get(key) ?? [];
    group.push(latency);
    groups.set(key, group);
  });
  return Object.fromEntries(
    [...groups].map(([key, values]) => [
      key,
      Math.round(
        percentile(
          values.sort((a, b) => a - b),
          50,
        ) * 100,
      ) / 100,
    ]),
  );
}

type Measured = { result: LoadResult; cpu: CpuUse };

/** One concurrency's run on one path, its rounds merged. */
function searchRun(
  clients: number,
  path: Path,
  rounds: Measured[],
  pairs: ReturnType<typeof buildPairs>,
): SearchRun {
  const merged: LoadResult = {
    id: 0,
    latencies: rounds.flatMap(({ result }) => result.latencies),
    indices: rounds.flatMap(({ result }) => result.indices),
    errors: rounds.reduce((sum, { result }) => sum + result.errors, 0),
    firstError: rounds.find(({ result }) => result.firstError)?.result.firstError,
    seconds: rounds.reduce((sum, { result }) => sum + result.seconds, 0),
  };
  return {
    clients,
    path,
    stats: latencyStats(merged.latencies, merged.seconds, merged.errors),
    cpu: addCpu(rounds.map((round) => round.cpu)),
    p50ByKind: mediansBy(merged, (index) => pairs[index]!.entry.kind),
    p50ByReader: mediansBy(merged, (index) => pairs[index]!.reader),
    firstError: merged.firstError,
  };
}

function runLine({ clients, path, stats, cpu, firstError }: SearchRun): string {
  const perRequest = (cpuSeconds: number | undefined) =>
    cpuSeconds === undefined ? '-' : ms((cpuSeconds * 1000) / Math.max(1, stats.requests));
  return (
    `  ${String(clients).padStart(7)}  ${path.padEnd(8)}${count(stats.requests).padStart(9)}${ms(stats.p50).padStart(9)}${ms(stats.p95).padStart(9)}${ms(stats.p99).padStart(9)}${count(stats.throughput).padStart(9)}` +
    `${perRequest(cpu.apiCpuSeconds).padStart(14)}${perRequest(cpu.meilisearchCpuSeconds).padStart(16)}${(cpu.machineBusy === undefined ? '-' : `${Math.round(cpu.machineBusy * 100)}%`).padStart(14)}` +
    (stats.errors > 0 ? `  ${stats.errors} errors (${firstError})` : '')
  );
}

/** Medians by kind of query and by reader, direct against GraphQL, at 1 and 4 clients. */
function reportBreakdown(runs: SearchRun[], say: (line: string) => void): void {
  for (const clients of [1, 4]) {
    const at = (path: Path) => runs.find((run) => run.clients === clients && run.path === path)!;
    const line = (field: 'p50ByKind' | 'p50ByReader') =>
      Object.keys(at('direct')[field])
        .map(
          (key) =>
            `${key} ${ms(at('direct')[field][key]!)} → ${ms(at('graphql')[field][key] ?? NaN)}`,
        )
        .join(', ');
    say(
      `  p50 at ${clients} client${clients === 1 ? '' : 's'}, direct → GraphQL (ms), by kind: ${line('p50ByKind')}`,
    );
    say(`    by reader: ${line('p50ByReader')}`);
  }
}

/**
 * The same query mix through the API's GraphQL endpoint and straight to
 * Meilisearch, from a load client in a worker thread: first a check that
 * both give the same answers, a warm-up, then closed-loop runs at each
 * concurrency, alternating the two paths over two rounds so that drift in
 * the machine's load falls on both. CPU is watched meanwhile: the API's
 * event loop (this thread), Meilisearch's process and the whole machine.
 */
export async function measureSearch(
  setup: SearchSetup,
  say: (line: string) => void,
): Promise<SearchFigures> {
  const pairs = buildPairs(setup);
  const { differences, bytes } = await compareAnswers(setup, pairs);
  const answerBytes = { graphql: Math.round(bytes.graphql), direct: Math.round(bytes.direct) };
  say(
    `  Same answer both ways (total and hits, in order): ${pairs.length - differences.length} of ${pairs.length} searches; ` +
      `mean answer ${count(answerBytes.graphql / 1024)} KB through GraphQL, ${count(answerBytes.direct / 1024)} KB from Meilisearch`,
  );
  for (const difference of differences.slice(0, 5)) say(`    differs: ${difference}`);

  const job = async (path: Path, clients: number, seconds: number): Promise<Measured> => {
    const stop = watchCpu(setup.meilisearchPid);
    const result = await setup.runner.run({
      origin: path === 'graphql' ? setup.apiUrl : setup.meiliUrl,
      requests: pairs.map((pair) => pair[path]),
      concurrency: clients,
      maxRequests: MAX_REQUESTS,
      maxSeconds: seconds,
      timeoutMs: TIMEOUT_MS,
      answer: path === 'graphql' ? 'graphql' : 'meilisearch',
    });
    return { result, cpu: stop() };
  };

  // Warm-up: caches, JIT, connections, Meilisearch's memory maps.
  for (const path of ['direct', 'graphql'] as const) await job(path, 4, Math.min(5, setup.seconds));

  say(
    `  clients  path      requests   p50 ms   p95 ms   p99 ms    req/s   API CPU ms/req  Meili CPU ms/req  machine busy`,
  );
  const runs: SearchRun[] = [];
  for (const clients of CONCURRENCIES) {
    const rounds: Record<Path, Measured[]> = { direct: [], graphql: [] };
    for (let round = 0; round < ROUNDS; round++) {
      const order: Path[] = round % 2 === 0 ? ['direct', 'graphql'] : ['graphql', 'direct'];
      for (const path of order) rounds[path].push(await job(path, clients, setup.seconds));
    }
    for (const path of ['direct', 'graphql'] as const) {
      const run = searchRun(clients, path, rounds[path], pairs);
      runs.push(run);
      say(runLine(run));
    }
  }
  reportBreakdown(runs, say);
  return {
    mix: pairs.length,
    sameAnswers: pairs.length - differences.length,
    answerBytes,
    differences,
    runs,
  };
}
