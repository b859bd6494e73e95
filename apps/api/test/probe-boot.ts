// Probe: how long a test app takes to import, create, listen and close.
// Usage: node [--cpu-prof] infra/bin/run.cjs apps/api/test/probe-boot.ts [apps=3]
// (PROBE_HOOKS=1 prints the slow lifecycle hooks.) Under Jest: see probe-boot.jest.ts.
// Starts the test services as the integration run's global setup does.
import 'reflect-metadata';

import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

import type { AppConfig } from '@lgx/api/core/config';

import type * as Bootstrap from '../src/bootstrap';
import type * as Migrate from './migrate-database';

// Loaded by path at the moment they are timed (the harness's test-services is not in its index).
const load = createRequire(__filename);
const testing = path.join(__dirname, '../../../libs/api/testing/src');

const t0 = performance.now();
const ms = (from: number) => `${Math.round(performance.now() - from)} ms`;

async function main() {
  const count = Number(process.argv[2] ?? 3);
  const { startTestServices } = load(`${testing}/test-services`) as {
    startTestServices: (
      migrate: (url: string) => Promise<void>,
    ) => Promise<{ stop: () => Promise<void> }>;
  };
  const { migrateDatabase } = load('./migrate-database') as typeof Migrate;
  let t = performance.now();
  const services = await startTestServices(migrateDatabase);
  console.log(`services + template: ${ms(t)}`);
  t = performance.now();
  const { createTestConfig } = load(`${testing}/test-app`) as {
    createTestConfig: () => Promise<{
      config: AppConfig;
      database: { drop: () => Promise<void> };
    }>;
  };
  const { createApp } = load('../src/bootstrap') as typeof Bootstrap;
  console.log(`import app graph: ${ms(t)}`);
  if (process.env['PROBE_HOOKS']) timeHooks();
  if (process.env['PROBE_QUERIES']) countQueries();
  for (let i = 0; i < count; i++) {
    t = performance.now();
    const { config, database } = await createTestConfig();
    const tConfig = ms(t);
    t = performance.now();
    const app = await createApp(config, { logger: ['error'] });
    const tCreate = ms(t);
    t = performance.now();
    await app.listen(0, '127.0.0.1');
    const tListen = ms(t);
    // PROBE_IDLE_MS: let the app's start-up work (the search indexer's first build) finish first.
    await new Promise((resolve) => setTimeout(resolve, Number(process.env['PROBE_IDLE_MS'] ?? 0)));
    t = performance.now();
    await app.close();
    const tClose = ms(t);
    t = performance.now();
    await database.drop();
    printQueries();
    console.log(
      `app ${i + 1}: config ${tConfig}, createApp ${tCreate}, listen ${tListen}, close ${tClose}, drop ${ms(t)}`,
    );
  }
  await services.stop();
  console.log(`total: ${ms(t0)}`);
}

/** Prints, at each app's end, the SQL statements sent most often during it. */
const queries = new Map<string, number>();
function countQueries() {
  const { Client } = load('pg') as { Client: { prototype: Record<string, unknown> } };
  const query = Client.prototype['query'] as (...args: unknown[]) => unknown;
  Client.prototype['query'] = function (this: unknown, ...args: unknown[]) {
    const first = args[0] as string | { text?: string };
    const text = (typeof first === 'string' ? first : (first?.text ?? '?')).replace(/\s+/g, ' ');
    queries.set(text.slice(0, 90), (queries.get(text.slice(0, 90)) ?? 0) + 1);
    return query.apply(this, args);
  };
}
function printQueries() {
  if (queries.size === 0) return;
  const total = [...queries.values()].reduce((sum, count) => sum + count, 0);
  console.log(`  ${total} statements; most sent:`);
  for (const [text, count] of [...queries].sort((a, b) => b[1] - a[1]).slice(0, 8))
    console.log(`  ${String(count).padStart(5)} ${text}`);
  queries.clear();
}

const HOOKS = [
  'onModuleInit',
  'onApplicationBootstrap',
  'onModuleDestroy',
  'beforeApplicationShutdown',
  'onApplicationShutdown',
];

/** Wraps every lifecycle hook of the loaded classes to print the slow ones. */
function timeHooks() {
  for (const [file, loaded] of Object.entries(require.cache)) {
    const ours = !file.includes('node_modules');
    const exports = (loaded?.exports ?? {}) as Record<string, unknown>;
    for (const name of Object.keys(exports)) {
      const descriptor = Object.getOwnPropertyDescriptor(exports, name);
      const value: unknown = ours ? exports[name] : descriptor?.value;
      if (typeof value !== 'function' || !value.prototype) continue;
      const proto = value.prototype as Record<string, unknown>;
      for (const hook of HOOKS) {
        const original = proto[hook];
        if (typeof original !== 'function' || !Object.hasOwn(proto, hook)) continue;
        proto[hook] = async function (this: unknown, ...args: unknown[]) {
          const start = performance.now();
          try {
            return await (original as (...a: unknown[]) => unknown).apply(this, args);
          } finally {
            const took = performance.now() - start;
            if (took > 5) console.log(`  ${value.name}.${hook}: ${Math.round(took)} ms`);
          }
        };
      }
    }
  }
}

void main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
