import { setTimeout as delay } from 'node:timers/promises';

import { DEFAULT_RETRY_TIMING, type RetryTiming } from './contract-sync-retry';

/** The sync's clock, waits and randomness: injectable, so tests run fast and exactly. */
export interface ContractSyncTiming extends RetryTiming {
  now(): Date;
  /** Waits ms, or rejects as soon as the signal aborts (the API process shutting down). */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /** [0, 1), for back-off jitter. */
  random(): number;
  /** How long after start-up the first scheduled run begins. */
  firstRunDelayMs: number;
}

/** Injection token for ContractSyncTiming; without a provider, SYSTEM_TIMING. */
export const CONTRACT_SYNC_TIMING = Symbol('CONTRACT_SYNC_TIMING');

export const SYSTEM_TIMING: ContractSyncTiming = {
  ...DEFAULT_RETRY_TIMING,
  now: () => new Date(),
  sleep: async (ms, signal) => {
    await delay(ms, undefined, { signal });
  },
  random: Math.random,
  firstRunDelayMs: 30_000,
};
