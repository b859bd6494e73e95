import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

import type { AppConfig } from '@lgx/api/core/config';
import { eventually } from '@lgx/api/testing';
import { freePort } from '@lgx/infra';

const ROOT = path.resolve(__dirname, '../../..');

export interface ApiProcess {
  url: string;
  child: ChildProcess;
  /** Every line the process printed, standard output and error. */
  lines: string[];
  ready: () => Promise<void>;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  stop: () => Promise<void>;
}

/** The API as production starts it (main.ts, in a process of its own), on the test's database. */
export async function startApiProcess(
  config: AppConfig,
  env: Record<string, string> = {},
): Promise<ApiProcess> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'infra/bin/run.cjs'), 'apps/api/src/main.ts'],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'test',
        LOG_LEVEL: 'log',
        HOST: '127.0.0.1',
        PORT: String(port),
        DATABASE_URL: config.database.url,
        DATABASE_POOL_SIZE: '4',
        MEILI_URL: config.search.url,
        MEILI_MASTER_KEY: config.search.masterKey,
        MEILI_INDEX_PREFIX: config.search.indexPrefix,
        LGX_SECRET_KEY: config.secretKey.toString('base64url'),
        STORAGE_DIR: config.storage.dir,
        RATE_LIMIT_SCALE: '100',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const lines: string[] = [];
  const read = (chunk: Buffer) => lines.push(...chunk.toString().split('\n').filter(Boolean));
  child.stdout!.on('data', read);
  child.stderr!.on('data', read);
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  let code: number | null | undefined;
  void exited.then((value) => (code = value));
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    lines,
    ready: async () => {
      await eventually(async () => {
        if (code !== undefined)
          throw new Error(`the API exited (${code}) before it was ready:\n${lines.join('\n')}`);
        return lines.some((line) => line.startsWith('LGX API ready on'));
      }, 150_000);
    },
    exited,
    stop: async () => {
      if (code === undefined) child.kill('SIGKILL');
      await exited;
    },
  };
}
