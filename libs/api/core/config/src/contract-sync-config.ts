import { z } from 'zod';

import type { ConfigIssue } from './config.error';
import { type Env, parseEnv, url } from './env-schema';

/** The public OCDS APIs the contracts sync reads, as published. */
export const FIND_A_TENDER_OCDS_URL =
  'https://www.find-tender.service.gov.uk/api/1.0/ocdsReleasePackages';
export const CONTRACTS_FINDER_OCDS_URL =
  'https://www.contractsfinder.service.gov.uk/Published/Notices/OCDS/Search';

const whole = (min: number, max: number) =>
  z.coerce
    .number({ message: `must be a whole number from ${min} to ${max}` })
    .int(`must be a whole number from ${min} to ${max}`)
    .min(min, `must be a whole number from ${min} to ${max}`)
    .max(max, `must be a whole number from ${min} to ${max}`);

const httpUrl = url(['http:', 'https:'], 'must be an http(s) URL of the OCDS API endpoint');

const contractSyncShape = {
  CONTRACTS_SYNC: z.enum(['on', 'off'], { message: 'must be on or off' }).default('off'),
  CONTRACTS_SYNC_INTERVAL_MINUTES: whole(1, 1440).default(60),
  CONTRACTS_SYNC_BACKFILL_DAYS: whole(1, 3650).default(30),
  CONTRACTS_SYNC_MAX_ATTEMPTS: whole(1, 20).default(5),
  CONTRACTS_SYNC_TIMEOUT_SECONDS: whole(1, 600).default(30),
  CONTRACTS_SYNC_FIND_A_TENDER_URL: httpUrl.default(FIND_A_TENDER_OCDS_URL),
  CONTRACTS_SYNC_CONTRACTS_FINDER_URL: httpUrl.default(CONTRACTS_FINDER_OCDS_URL),
};

/** The scheduled sync of public contracts from Find a Tender and Contracts Finder. */
export interface ContractSyncConfig {
  /** CONTRACTS_SYNC=on starts the schedule; off by default. */
  enabled: boolean;
  intervalMinutes: number;
  /** How far back the very first window of each source starts. */
  backfillDays: number;
  /** Attempts per page (429, 5xx, network errors) before the run stops with the error recorded. */
  maxAttempts: number;
  timeoutSeconds: number;
  findATenderUrl: string;
  contractsFinderUrl: string;
}

/** What a config without the contractSync part means: the sync off, the real APIs. */
export const CONTRACT_SYNC_DEFAULTS: ContractSyncConfig = {
  enabled: false,
  intervalMinutes: 60,
  backfillDays: 30,
  maxAttempts: 5,
  timeoutSeconds: 30,
  findATenderUrl: FIND_A_TENDER_OCDS_URL,
  contractsFinderUrl: CONTRACTS_FINDER_OCDS_URL,
};

export function parseContractSyncConfig(env: Env): {
  value?: ContractSyncConfig;
  issues: ConfigIssue[];
} {
  const { value: v, issues } = parseEnv(contractSyncShape, env);
  if (!v) return { issues };
  return {
    issues,
    value: {
      enabled: v.CONTRACTS_SYNC === 'on',
      intervalMinutes: v.CONTRACTS_SYNC_INTERVAL_MINUTES,
      backfillDays: v.CONTRACTS_SYNC_BACKFILL_DAYS,
      maxAttempts: v.CONTRACTS_SYNC_MAX_ATTEMPTS,
      timeoutSeconds: v.CONTRACTS_SYNC_TIMEOUT_SECONDS,
      findATenderUrl: v.CONTRACTS_SYNC_FIND_A_TENDER_URL,
      contractsFinderUrl: v.CONTRACTS_SYNC_CONTRACTS_FINDER_URL,
    },
  };
}
