import { isIP } from 'node:net';
import path from 'node:path';

import { z } from 'zod';

import type { ConfigIssue } from './config.error';
import { type ContractSyncConfig, parseContractSyncConfig } from './contract-sync-config';
import { type Env, parseEnv, port, throwIfIssues, url } from './env-schema';
import { type JobsConfig, parseJobsConfig } from './jobs-config';
import { parseShutdownConfig, type ShutdownConfig } from './shutdown-config';

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
  // Where the rate limits count: shared by every process, or per process (one process only).
  RATE_LIMIT_STORE: z
    .enum(['postgres', 'memory'], { message: 'must be postgres or memory' })
    .default('postgres'),
  // Multiplies every per-address HTTP limit (not sign-in throttling): for many people behind one
  // address, such as a council's proxy, or the browser tests' simulated officers.
  RATE_LIMIT_SCALE: z.coerce
    .number({ message: 'must be a number such as 1 or 5' })
    .positive('must be above 0')
    .max(100, 'must be at most 100')
    .default(1),
  // The reverse proxies whose X-Forwarded-For names the client (Express's `trust proxy`): unset,
  // every request counts against the proxy's address. Decision 0068.
  TRUST_PROXY: z
    .string()
    .refine((value) => value.split(',').every((entry) => isTrustedProxyEntry(entry.trim())), {
      message:
        'must be a comma-separated list of addresses, CIDR ranges (10.0.0.0/8) or loopback, linklocal, uniquelocal',
    })
    .optional(),
};

/** A proxy entry Express understands: a named range, an address, or an address/prefix. */
function isTrustedProxyEntry(entry: string): boolean {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d{1,3}$/.test(prefix) && bits <= (version === 4 ? 32 : 128);
}

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
  SEARCH_INDEXER: z.enum(['on', 'off'], { message: 'must be on or off' }).default('on'),
};

/** The From address of every mail unless MAIL_FROM says otherwise. */
export const DEFAULT_MAIL_FROM = 'LGX <no-reply@lgx.localhost>';

const mailShape = {
  // Optional: without it the API runs, and only sending mail fails (with a clear error).
  SMTP_URL: url(
    ['smtp:', 'smtps:'],
    'must be an smtp:// or smtps:// URL such as smtps://user:password@smtp.example.com:465',
  ).optional(),
  MAIL_FROM: z
    .string()
    .regex(
      /^(?:[^<>@\r\n]*<[^<>@\s]+@[^<>@\s]+>|[^<>@\s]+@[^<>@\s]+)$/,
      'must be an address such as no-reply@example.gov.uk or LGX <no-reply@example.gov.uk>',
    )
    .default(DEFAULT_MAIL_FROM),
  MAIL_CATCHER_DIR: z.string().optional(),
};

const storageShape = {
  STORAGE_DIR: z.string().optional(),
  // S3-compatible storage instead of the folder, when the bucket's address is set.
  S3_BUCKET_URL: url(
    ['http:', 'https:'],
    'must be the address of the bucket, such as https://lgx-files.s3.eu-west-2.amazonaws.com or http://127.0.0.1:9000/lgx-files',
  ).optional(),
  S3_REGION: z
    .string()
    .regex(/^[a-z0-9-]{2,40}$/, 'must be a region name such as eu-west-2')
    .default('eu-west-2'),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
};

/** The S3 variables that must come with S3_BUCKET_URL. */
function s3Issues(storage: {
  S3_BUCKET_URL?: string;
  S3_ACCESS_KEY_ID?: string;
  S3_SECRET_ACCESS_KEY?: string;
}): ConfigIssue[] {
  if (!storage.S3_BUCKET_URL) return [];
  return (['S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const)
    .filter((name) => !storage[name])
    .map((variable) => ({
      variable,
      message:
        'is required but not set. S3_BUCKET_URL is set, so LGX needs the key to sign requests to the bucket',
    }));
}

const identityShape = {
  PUBLIC_URL: url(
    ['http:', 'https:'],
    'must be the address people open LGX at, such as https://lgx.example.gov.uk',
  ).optional(),
  LGX_SECRET_KEY: z
    .string()
    .regex(
      /^[A-Za-z0-9_-]{43,}$/,
      'must be at least 32 random bytes, base64url-encoded (43 or more characters)',
    ),
};

export interface AppConfig {
  environment: (typeof environments)[number];
  logLevel: z.infer<typeof appShape.LOG_LEVEL>;
  /** rateLimitStore: where the HTTP rate limits count (absent means 'postgres', shared). */
  /** rateLimitScale: multiplies every HTTP rate limit (absent means 1). */
  http: {
    host: string;
    port: number;
    webDistDir?: string;
    rateLimitStore?: 'postgres' | 'memory';
    rateLimitScale?: number;
    /** trustProxy: the proxies whose X-Forwarded-For is believed (absent: none). */
    trustProxy?: string;
  };
  database: { url: string; poolSize: number };
  search: { url: string; masterKey: string; indexPrefix: string; indexerEnabled: boolean };
  /** Without smtpUrl sending fails; catcherDir (outside production) mounts the dev mailbox pages. */
  mail: { smtpUrl?: string; from: string; catcherDir?: string };
  /** Uploaded files (attachments): a folder on disk, or an S3-compatible bucket when s3 is set. */
  storage: {
    dir: string;
    s3?: { bucketUrl: string; region: string; accessKeyId: string; secretAccessKey: string };
  };
  /** Where people open LGX: the base of links in emails and of sign-on redirects. */
  publicUrl: string;
  /** Encrypts secrets kept in the database (TOTP secrets, SSO client secrets). */
  secretKey: Buffer;
  /** The public contracts sync; absent means CONTRACT_SYNC_DEFAULTS (off). */
  contractSync?: ContractSyncConfig;
  /** The job queue; absent means JOBS_DEFAULTS (a worker in this process). */
  jobs?: JobsConfig;
  /** SIGTERM's drain; absent means shutdownDefaults(environment). */
  shutdown?: ShutdownConfig;
  /** Readiness: how long each dependency has to answer (absent: 1 s); test apps allow longer. */
  health?: { dependencyTimeoutMs: number };
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
  const mail = parseEnv(mailShape, env);
  const identity = parseEnv(identityShape, env);
  const storage = parseEnv(storageShape, env);
  const contractSync = parseContractSyncConfig(env);
  const jobs = parseJobsConfig(env);
  const shutdown = parseShutdownConfig(env, app.value?.NODE_ENV ?? 'development');
  const issues: ConfigIssue[] = [
    app,
    http,
    database,
    search,
    mail,
    identity,
    storage,
    contractSync,
    jobs,
    shutdown,
  ].flatMap((part) => part.issues);
  if (storage.value) issues.push(...s3Issues(storage.value));
  throwIfIssues(issues);
  // After throwIfIssues every part has a value.
  const a = app.value!;
  const h = http.value!;
  const d = database.value!;
  const s = search.value!;
  const m = mail.value!;
  const i = identity.value!;
  const f = storage.value!;
  return {
    environment: a.NODE_ENV,
    logLevel: a.LOG_LEVEL,
    http: {
      host: h.HOST,
      port: h.PORT,
      webDistDir: h.WEB_DIST_DIR ? path.resolve(h.WEB_DIST_DIR) : undefined,
      rateLimitStore: h.RATE_LIMIT_STORE,
      rateLimitScale: h.RATE_LIMIT_SCALE,
      trustProxy: h.TRUST_PROXY,
    },
    database: { url: d.DATABASE_URL, poolSize: d.DATABASE_POOL_SIZE },
    search: {
      url: s.MEILI_URL,
      masterKey: s.MEILI_MASTER_KEY,
      indexPrefix: s.MEILI_INDEX_PREFIX,
      indexerEnabled: s.SEARCH_INDEXER === 'on',
    },
    mail: {
      smtpUrl: m.SMTP_URL,
      from: m.MAIL_FROM,
      catcherDir: m.MAIL_CATCHER_DIR ? path.resolve(m.MAIL_CATCHER_DIR) : undefined,
    },
    storage: {
      dir: path.resolve(f.STORAGE_DIR ?? path.join('.data', 'attachments')),
      s3: f.S3_BUCKET_URL
        ? {
            bucketUrl: f.S3_BUCKET_URL.replace(/\/+$/, ''),
            region: f.S3_REGION,
            accessKeyId: f.S3_ACCESS_KEY_ID!,
            secretAccessKey: f.S3_SECRET_ACCESS_KEY!,
          }
        : undefined,
    },
    publicUrl: (i.PUBLIC_URL ?? `http://${h.HOST}:${h.PORT}`).replace(/\/$/, ''),
    secretKey: Buffer.from(i.LGX_SECRET_KEY, 'base64url').subarray(0, 32),
    contractSync: contractSync.value!,
    jobs: jobs.value!,
    shutdown: shutdown.value!,
  };
}
