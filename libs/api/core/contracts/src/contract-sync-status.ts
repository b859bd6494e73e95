/**
 * How the scheduled sync of public contracts stands: off (CONTRACTS_SYNC is
 * not on), ok, lagging (the last complete pass is older than the schedule
 * allows) or failing (the latest attempt ended in an error).
 */
export type ContractSyncState = 'off' | 'ok' | 'lagging' | 'failing';

/** One public API the sync reads (find-a-tender, contracts-finder). */
export interface ContractSyncSourceReport {
  source: string;
  state: ContractSyncState;
  /** When a pass last reached the end of its window (ISO instant), or null. */
  lastSuccessAt: string | null;
  /** Seconds between now and the instant up to which every change is stored; null before the first run. */
  lagSeconds: number | null;
  /** The latest error in words (never a secret), or null when none since the last success. */
  lastError: string | null;
  lastErrorAt: string | null;
  errorsTotal: number;
  releasesTotal: number;
}

export interface ContractSyncReport {
  state: ContractSyncState;
  sources: ContractSyncSourceReport[];
}

/**
 * The sync's status for /health/ready and /metrics. Contracts provides it;
 * health reads it, so neither feature imports the other. Without a provider
 * (an app without contracts), CONTRACT_SYNC_OFF answers.
 */
export abstract class ContractSyncStatus {
  abstract report(): Promise<ContractSyncReport>;
}

class ContractSyncOff extends ContractSyncStatus {
  async report(): Promise<ContractSyncReport> {
    return { state: 'off', sources: [] };
  }
}

/** The status when no sync is installed: off, with no sources. */
export const CONTRACT_SYNC_OFF: ContractSyncStatus = new ContractSyncOff();
