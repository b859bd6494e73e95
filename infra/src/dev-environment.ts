import path from 'node:path';

import { loadOrCreateSecrets, type LocalSecrets } from './secrets';

export interface DevEnvironment {
  root: string;
  dataDir: string;
  pgPort: number;
  meiliPort: number;
  /** Port of the local SMTP catcher, started when SMTP_URL is not set. */
  smtpPort: number;
  apiPort: number;
  host: string;
  /** Use this PostgreSQL instead of the embedded one. */
  databaseUrl?: string;
  /** Use this Meilisearch (with meiliMasterKey) instead of the embedded one. */
  meiliUrl?: string;
  meiliMasterKey?: string;
  /** Send mail through this SMTP server instead of catching it locally. */
  smtpUrl?: string;
  /** How long `npm start` waits for the first search build before saying LGX is running (0: not at all). */
  searchWaitSeconds: number;
  secrets: LocalSecrets;
}

export class DevConfigError extends Error {}

function portFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new DevConfigError(
      `${name} must be a port number from 1 to 65535 (got "${raw.slice(0, 20)}").`,
    );
  }
  return port;
}

function secondsFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const seconds = Number(raw);
  if (!Number.isInteger(seconds) || seconds < 0 || seconds > 3600) {
    throw new DevConfigError(
      `${name} must be a whole number of seconds from 0 to 3600 (got "${raw.slice(0, 20)}").`,
    );
  }
  return seconds;
}

/** Reads the runner's settings (see docs/configuration.md) and the data folder's secrets. */
export function readDevEnvironment(env: NodeJS.ProcessEnv = process.env): DevEnvironment {
  const root = path.resolve(__dirname, '..', '..');
  const dataDir = path.resolve(root, env['LGX_DATA_DIR']?.trim() || '.data');
  const meiliUrl = env['MEILI_URL']?.trim() || undefined;
  const meiliMasterKey = env['MEILI_MASTER_KEY']?.trim() || undefined;
  if (meiliUrl && !meiliMasterKey) {
    throw new DevConfigError(
      'MEILI_URL is set, so MEILI_MASTER_KEY must be set too (the key of that Meilisearch).',
    );
  }
  return {
    root,
    dataDir,
    pgPort: portFrom(env, 'LGX_PG_PORT', 5433),
    meiliPort: portFrom(env, 'LGX_MEILI_PORT', 7700),
    smtpPort: portFrom(env, 'LGX_SMTP_PORT', 1025),
    apiPort: portFrom(env, 'PORT', 3000),
    host: env['HOST']?.trim() || '127.0.0.1',
    databaseUrl: env['DATABASE_URL']?.trim() || undefined,
    meiliUrl,
    meiliMasterKey,
    smtpUrl: env['SMTP_URL']?.trim() || undefined,
    searchWaitSeconds: secondsFrom(env, 'LGX_SEARCH_WAIT_SECONDS', 60),
    secrets: loadOrCreateSecrets(dataDir),
  };
}
