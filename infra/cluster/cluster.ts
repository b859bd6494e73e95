/**
 * `npm run cluster`: the proof that LGX runs as one service on several API
 * processes behind nginx (issue 19, decision 0068). Starts PostgreSQL,
 * Meilisearch, the API processes and nginx on free loopback ports, loads them
 * with reads and writes for a bounded time while one process is killed and
 * another restarted, then checks the targets and exits non-zero when one is
 * missed. `--short` is the CI run; `--processes 1` the baseline.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { type ChaosEvent, runChaos } from './chaos';
import { instrumentOutbox, readStoredFacts, waitForEmptyOutbox, withDatabase } from './checks';
import { type ClusterOptions, ClusterUsageError, parseClusterOptions } from './cluster-options';
import { CLUSTER_OFFICERS, type ClusterStack, startClusterStack } from './cluster-stack';
import { proxiedRequests } from './nginx';
import { AUTH_LIMIT_PER_MINUTE, burst, type BurstFigures } from './rate-limit-burst';
import { type ReadFigures, type ReadTargets, runReads } from './reads';
import {
  evaluateTargets,
  formatLatency,
  latencyFigures,
  resolveAppliedEarlier,
  type Target,
} from './report';
import { searchTaskFigures, SearchWatch } from './search-watch';
import { runWrites, signInOfficers, type WriteFigures } from './writes';

const SEARCH_WORDS = [
  'housing',
  'social care',
  'fibre',
  'digital',
  'waste',
  'assistant',
  'council',
];
const started = Date.now();

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

async function readTargets(stack: ClusterStack): Promise<ReadTargets> {
  const ids = await withDatabase(stack.databaseUrl, async (db) => {
    const { rows } = await db.query<{ id: string }>(
      `SELECT id::text FROM case_study WHERE status = 'PUBLISHED' ORDER BY id LIMIT 20`,
    );
    return rows.map((row) => row.id);
  });
  if (ids.length === 0) throw new Error('The sample data has no published case study to read.');
  const pages = await webAppServed(stack.nginx.url);
  return { caseStudyIds: ids, searchWords: SEARCH_WORDS, pages };
}

async function webAppServed(url: string): Promise<boolean> {
  const response = await fetch(`${url}/`).catch(() => undefined);
  return !!response?.ok && (response.headers.get('content-type') ?? '').includes('text/html');
}

interface LoadResult {
  reads: ReadFigures;
  writes: WriteFigures;
  chaos: ChaosEvent[];
  watch: SearchWatch;
  loadStart: number;
}

/** Reads, writes and (with three processes) the kills, all at once. */
async function runLoad(
  stack: ClusterStack,
  options: ClusterOptions,
  runId: string,
): Promise<LoadResult> {
  const targets = await readTargets(stack);
  const officers = await signInOfficers(stack.nginx.url, CLUSTER_OFFICERS);
  const watch = new SearchWatch(stack.meili);
  watch.start();
  const loadMs = options.seconds * 1000;
  const loadStart = Date.now();
  say(
    `Load: ${options.seconds} s of reads (${options.connections} connections; ` +
      `${targets.pages ? 'with' : 'without (web app not built)'} case study pages) and writes by ` +
      `${officers.length} officers, through nginx at ${stack.nginx.url}.`,
  );
  const chaos = options.chaos ? runChaos(stack.apis, loadStart, loadMs, say) : Promise.resolve([]);
  const [reads, writes] = await Promise.all([
    runReads({
      url: stack.nginx.url,
      seconds: options.seconds,
      connections: options.connections,
      targets,
    }),
    runWrites({
      url: stack.nginx.url,
      runId,
      officers,
      until: loadStart + loadMs,
      onAcknowledged: (write) => watch.watch(write),
    }),
  ]);
  say(`Load done at ${elapsed()}; waiting for restarts, the index and the outbox...`);
  return { reads, writes, chaos: await chaos, watch, loadStart };
}

function printFigures(options: ClusterOptions, load: LoadResult, stack: ClusterStack): void {
  const { reads, writes } = load;
  const readErrors = Object.values(reads.failures).reduce((total, count) => total + count, 0);
  const writeErrors = writes.writes.filter((write) => write.ackedAt === undefined).length;
  const resent = writes.writes.filter((write) => (write.attempts ?? 1) > 1);
  const ackedOnRetry = resent.filter((write) => write.ackedAt !== undefined).length;
  const proxied = proxiedRequests(readFileSync(stack.nginx.accessLog, 'utf8'));
  const retried = proxied.filter((request) => request.upstreams.length > 1);
  say('');
  say(
    `Load figures, ${options.processes} API process${options.processes > 1 ? 'es' : ''}, ${options.seconds} s${options.chaos ? ', with a SIGKILL and a SIGTERM restart' : ''}:`,
  );
  say(
    `  reads:  ${reads.requests} requests (${reads.requestsPerSecond.toFixed(0)}/s), ${formatLatency(reads.latency)}, ${readErrors} errors`,
  );
  say(
    `  writes: ${writes.writes.length} requests, ${formatLatency(writes.latency)}, ${writeErrors} not acknowledged; ` +
      `${resent.length} sent again with their Idempotency-Key, ${ackedOnRetry} answered after a retry`,
  );
  say(
    `  nginx:  ${proxied.length} requests, ${retried.length} sent to a second process (${retried.filter((request) => request.method === 'GET').length} GET, ${retried.filter((request) => request.method !== 'GET').length} other)`,
  );
  for (const api of stack.apis)
    say(
      `  ${api.name}: started in ${api.starts.map((ms) => `${(ms / 1000).toFixed(1)} s`).join(', then ')}` +
        (api.running ? '' : '; NOT RUNNING at the end'),
    );
}

function printTargets(
  targets: Target[],
  burstFigures: BurstFigures | undefined,
  stack: ClusterStack,
): void {
  say('');
  say('Targets:');
  for (const target of targets)
    say(`  [${target.met ? 'met' : 'MISSED'}] ${target.name}: ${target.counts}`);
  if (burstFigures) {
    const spread = new Set(
      proxiedRequests(readFileSync(stack.nginx.accessLog, 'utf8'))
        .filter((request) => request.path.startsWith('/auth/cluster-burst'))
        .flatMap((request) => request.upstreams),
    );
    say(`  (the burst reached ${spread.size} API process${spread.size === 1 ? '' : 'es'})`);
  }
}

async function main(): Promise<number> {
  const options = parseClusterOptions(process.argv.slice(2));
  const runId = randomBytes(4).toString('hex');
  const dir = mkdtempSync(path.join(tmpdir(), 'lgx-cluster-'));
  say(`LGX cluster run ${runId}: ${options.processes} API process(es), files in ${dir}`);
  const stack = await startClusterStack({
    dir,
    processes: options.processes,
    rateLimitScale: options.rateLimitScale,
    say,
  });
  let failed = true;
  try {
    say(`Up at ${elapsed()}: ${stack.apis.map((api) => `${api.name} ${api.address}`).join(', ')}.`);
    await instrumentOutbox(stack.databaseUrl);
    const load = await runLoad(stack, options, runId);
    await load.watch.finish(options.searchableWithinMs * 3);
    await waitForEmptyOutbox(stack.databaseUrl, 15_000);
    const burstSize = Math.ceil(AUTH_LIMIT_PER_MINUTE * options.rateLimitScale * 1.5) + 10;
    const burstFigures = await burst(stack.nginx.url, `/auth/cluster-burst-${runId}`, burstSize);
    const stored = await readStoredFacts(stack.databaseUrl, runId);
    resolveAppliedEarlier(load.writes.writes, stored);
    const targets = evaluateTargets({
      reads: load.reads,
      writes: load.writes.writes,
      searchDelays: load.watch.delays,
      stored,
      burst: burstFigures,
      searchableWithinMs: options.searchableWithinMs,
      loadStart: load.loadStart,
    });
    printFigures(options, load, stack);
    const tasks = await searchTaskFigures(stack.meili, load.loadStart);
    say(
      `  outbox: each row from its write to its drain ${formatLatency(latencyFigures(stored.drainMs))}; ` +
        `held by the draining transaction ${formatLatency(latencyFigures(stored.heldMs))}`,
    );
    say(
      `  search: ${tasks.tasks} Meilisearch tasks on case studies; waited ${formatLatency(latencyFigures(tasks.waitedMs))}; ` +
        `processed ${formatLatency(latencyFigures(tasks.processedMs))}`,
    );
    printTargets(targets, burstFigures, stack);
    failed = targets.some((target) => !target.met);
    say('');
    say(
      failed
        ? `A target was missed (${elapsed()}); logs kept in ${dir}.`
        : `Every target met (${elapsed()}).`,
    );
    return failed ? 1 : 0;
  } finally {
    await stack.stop();
    if (!failed) rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error(
      error instanceof ClusterUsageError ? message : `The cluster run failed: ${message}`,
    );
    process.exit(error instanceof ClusterUsageError ? 2 : 1);
  },
);
