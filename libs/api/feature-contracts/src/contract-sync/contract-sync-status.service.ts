import {
  type ContractSyncReport,
  type ContractSyncSourceReport,
  type ContractSyncState,
  ContractSyncStatus,
} from '@lgx/api/core/contracts';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { ContractSyncService } from './contract-sync.service';
import { CONTRACT_SYNC_SOURCES } from './contract-sync.sources';
import {
  CONTRACT_SYNC_TIMING,
  type ContractSyncTiming,
  SYSTEM_TIMING,
} from './contract-sync.timing';
import { ContractSyncStateEntity } from './contract-sync-state.entity';

const WORST_FIRST: ContractSyncState[] = ['failing', 'lagging', 'ok', 'off'];

/**
 * The sync's status from its state table, so every API process reports the
 * same whichever one ran it: failing while the latest error stands, lagging
 * when what is stored is older than two intervals, otherwise ok.
 */
@Injectable()
export class ContractSyncStatusService extends ContractSyncStatus {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sync: ContractSyncService,
    @Optional()
    @Inject(CONTRACT_SYNC_TIMING)
    private readonly timing: ContractSyncTiming = SYSTEM_TIMING,
  ) {
    super();
  }

  async report(): Promise<ContractSyncReport> {
    const rows = await this.dataSource.getRepository(ContractSyncStateEntity).find();
    const now = this.timing.now().getTime();
    const { enabled, intervalMinutes } = this.sync.settings;
    const sources = CONTRACT_SYNC_SOURCES.map((source) =>
      sourceReport(
        source.name,
        rows.find((row) => row.source === source.name),
        now,
        enabled ? intervalMinutes * 120 : null,
      ),
    );
    const state = enabled
      ? (WORST_FIRST.find((worst) => sources.some((source) => source.state === worst)) ?? 'ok')
      : 'off';
    return { state, sources };
  }
}

function sourceReport(
  source: string,
  row: ContractSyncStateEntity | undefined,
  now: number,
  lagLimitSeconds: number | null,
): ContractSyncSourceReport {
  const lagSeconds = row ? Math.max(0, Math.round((now - row.syncedTo.getTime()) / 1000)) : null;
  const state: ContractSyncState =
    lagLimitSeconds === null
      ? 'off'
      : row?.lastError
        ? 'failing'
        : lagSeconds === null || lagSeconds > lagLimitSeconds
          ? 'lagging'
          : 'ok';
  return {
    source,
    state,
    lastSuccessAt: row?.lastSuccessAt?.toISOString() ?? null,
    lagSeconds,
    lastError: row?.lastError ?? null,
    lastErrorAt: row?.lastErrorAt?.toISOString() ?? null,
    errorsTotal: row?.errorsTotal ?? 0,
    releasesTotal: row?.releasesTotal ?? 0,
  };
}
