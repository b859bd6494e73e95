import path from 'node:path';

import { z } from 'zod';

import type { ConfigIssue } from './config.error';
import { type Env, parseEnv, port, throwIfIssues, url } from './env-schema';

const environments = ['development', 'test', 'production'] as const;

const appShape = {
  NODE_ENV: z
    .enum(environments, { message: `must be one of ${environments.join(', ')}` })
    .default('development'),
  LOG_LEVEL: z
    .enum(['error', 'warn', 'log', 'debug', 'verbose'], {
      message: 'must be one of error, warn, log, debug, verbose',
    })
    .default('log'),
};

const httpShape = {
  HOST: z.string().default('127.0.0.1'),
  PORT: port('PORT').default(3000),
  WEB_DIST_DIR: z.string().optional(),
};

const databaseShape = {
  DATABASE_URL: url(
    ['postgres:', 'postgresql:'],
    'must be a PostgreSQL URL such as postgres://user:password@localhost:5432/lgx',
  ),
  DATABASE_POOL_SIZE: z.coerce
    .number()
    .int()
    .min(1, 'must be between 1 and 100')
    .max(100, 'must be between 1 and 100')
    .default(10),
};

const searchShape = {
  MEILI_URL: url(['http:', 'https:'], 'must be an http(s) URL such as http://127.0.0.1:7700'),
  MEILI_MASTER_KEY: z.string().min(16, 'must be at least 16 characters long'),
  MEILI_INDEX_PREFIX: z
    .string()
    .regex(/^[a-z0-9_]*$/, 'may contain only lower-case letters, digits and underscores')
    .default('lgx_'),
};

export interface AppConfig {
  environment: (typeof environments)[number];
  logLevel: z.infer<typeof appShape.LOG_LEVEL>;
  http: { host: string; port: number; webDistDir?: string };
  database: { url: string; poolSize: number };
  search: { url: string; masterKey: string; indexPrefix: string };
}

/**
 * Reads and validates every variable the API needs. Throws a ConfigError
 * naming each bad or missing variable, so start-up stops with a clear message.
 */
export function loadConfig(env: Env = process.env): AppConfig {
  const app = parseEnv(appShape, env);
  const http = parseEnv(httpShape, env);
  const database = parseEnv(databaseShape, env);
  const search = parseEnv(searchShape, env);
  const issues: ConfigIssue[] = [app, http, database, search].flatMap((part) => part.issues);
  throwIfIssues(issues);
  // After throwIfIssues every part has a value.
  const a = app.value!;
  const h = http.value!;
  const d = database.value!;
  const s = search.value!;
  return {
    environment: a.NODE_ENV,
    logLevel: a.LOG_LEVEL,
    http: {
      host: h.HOST,
      port: h.PORT,
      webDistDir: h.WEB_DIST_DIR ? path.resolve(h.WEB_DIST_DIR) : undefined,
    },
    database: { url: d.DATABASE_URL, poolSize: d.DATABASE_POOL_SIZE },
    search: { url: s.MEILI_URL, masterKey: s.MEILI_MASTER_KEY, indexPrefix: s.MEILI_INDEX_PREFIX },
  };
}
