import { LgxEvents } from '@lgx/api/core/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DatabaseError } from 'pg';
import { type DataSource, type EntityManager, QueryFailedError } from 'typeorm';

import type { OcdsObject, ReleaseProblem } from '../ocds';
import { type BuyerMatcher, loadBuyerMatcher } from './buyer-match';
import { contractEvents } from './contract-events';
import { ContractSupplierEntity } from './contract-supplier.entity';
import { ContractingProcessEntity } from './contracting-process.entity';
import { type ContractingProcessRows, contractingProcessRows } from './contracting-process-row';
import {
  compileBatch,
  ocidsToRecompile,
  releasesByOcid,
  type StoredProcess,
} from './release-batch';
import {
  deleteSuppliers,
  insertProcesses,
  insertReleases,
  insertSuppliers,
} from './release-batch-sql';

/** What one release did: nothing (seen before), or created or updated its process. */
export type ReleaseOutcome = 'SEEN' | 'CREATED' | 'UPDATED';

/** What applyReleases says of each release: its outcome, or why PostgreSQL could not store it. */
export type AppliedRelease = ReleaseOutcome | ReleaseProblem;

/**
 * The refusal of a release whose values PostgreSQL refuses: SQLSTATE class
 * 22 (a data exception) or 54 (a limit, such as an id too long to index).
 * Null for any other failure (the database gone), which is not the release's.
 */
export function storageRefusal(error: unknown): ReleaseProblem | null {
  // TypeORM wraps the driver's error; a batch statement (batchQuery) throws the driver's own.
  const driverError =
    error instanceof QueryFailedError ? (error as { driverError?: unknown }).driverError : error;
  if (!(driverError instanceof DatabaseError)) return null;
  return /^(22|54)/.test(driverError.code ?? '')
    ? { path: '/', reason: `cannot be stored: ${driverError.message}` }
    : null;
}

/** Contracting processes compiled from their releases. */
@Injectable()
export class ContractingProcessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    /**
     * Where the contracts written are told of (notifications), in the batch's
     * transaction. Nest always gives it; a command constructing this service
     * leaves it out only where nothing can follow contracts (see the import CLI).
     */
    private readonly events?: LgxEvents,
  ) {}

  /**
   * Stores one valid OCDS release and recompiles its process: merged on top
   * when it is the newest, or recompiled from every stored release of the
   * ocid in date order when an older one arrives late. A release seen before
   * (same ocid, id and date) changes nothing. A release PostgreSQL refuses
   * throws its QueryFailedError. Pass the matcher when applying many
   * releases, so the register is read once.
   */
  async applyRelease(release: OcdsObject, matcher?: BuyerMatcher): Promise<ReleaseOutcome> {
    const [outcome] = await this.storeBatch([release], matcher);
    return outcome!;
  }

  /**
   * Applies many valid releases, in order, as applyRelease would one after
   * another, in one transaction. When PostgreSQL refuses a value, the batch
   * is split in halves and each applied on its own, down to the one release
   * refused: its place in the answer holds the reason, and the rest load.
   */
  async applyReleases(
    releases: readonly OcdsObject[],
    matcher: BuyerMatcher,
  ): Promise<AppliedRelease[]> {
    if (releases.length === 0) return [];
    try {
      return await this.storeBatch(releases, matcher);
    } catch (error) {
      const refusal = storageRefusal(error);
      if (!refusal) throw error;
      if (releases.length === 1) return [refusal];
      const half = Math.ceil(releases.length / 2);
      return [
        ...(await this.applyReleases(releases.slice(0, half), matcher)),
        ...(await this.applyReleases(releases.slice(half), matcher)),
      ];
    }
  }

  /**
   * One transaction for the batch: the ocids are locked (one writer per
   * process at a time, taken in one order so two batches never deadlock), new
   * releases stored, the touched processes loaded in one query, compiled in
   * memory and written back with their suppliers, and one event recorded
   * for each process written.
   */
  private storeBatch(
    releases: readonly OcdsObject[],
    matcher?: BuyerMatcher,
  ): Promise<ReleaseOutcome[]> {
    return this.dataSource.transaction(async (manager) => {
      const ocids = [...new Set(releases.map((release) => String(release['ocid'])))];
      await manager.query(
        `SELECT pg_advisory_xact_lock(key)
           FROM (SELECT DISTINCT hashtext(ocid) AS key FROM unnest($1::text[]) AS ocid) AS keys
          ORDER BY key`,
        [ocids],
      );
      const fresh = await insertReleases(manager, releases);
      if (fresh.length === 0) return releases.map(() => 'SEEN');
      const byOcid = releasesByOcid(fresh);
      const stored = await this.storedProcesses(manager, [...byOcid.keys()]);
      const everyRelease = await this.everyRelease(manager, ocidsToRecompile(byOcid, stored));
      const matchBuyer = matcher ?? (await loadBuyerMatcher(manager));
      const compiled = compileBatch(byOcid, stored, everyRelease);
      await this.write(
        manager,
        compiled.map((process) => contractingProcessRows(process, matchBuyer)),
      );
      await this.events?.record(manager, contractEvents(compiled, stored));
      return outcomesOf(releases, fresh, stored);
    });
  }

  private async storedProcesses(
    manager: EntityManager,
    ocids: string[],
  ): Promise<Map<string, StoredProcess>> {
    const rows: StoredProcess[] = await manager.query(
      `SELECT ocid, last_release_date AS "lastReleaseDate", last_release_id AS "lastReleaseId",
              release_count AS "releaseCount", compiled_release AS "compiledRelease"
         FROM contracting_process WHERE ocid = ANY($1::text[])`,
      [ocids],
    );
    return new Map(rows.map((row) => [row.ocid, row]));
  }

  /** Every stored release of these ocids (the batch's included): what they recompile from. */
  private async everyRelease(
    manager: EntityManager,
    ocids: string[],
  ): Promise<Map<string, OcdsObject[]>> {
    const all = new Map<string, OcdsObject[]>();
    if (ocids.length === 0) return all;
    const rows: { ocid: string; release: OcdsObject }[] = await manager.query(
      'SELECT ocid, release FROM contract_release WHERE ocid = ANY($1::text[])',
      [ocids],
    );
    for (const row of rows) {
      const releases = all.get(row.ocid);
      if (releases) releases.push(row.release);
      else all.set(row.ocid, [row.release]);
    }
    return all;
  }

  private async write(manager: EntityManager, rows: ContractingProcessRows[]): Promise<void> {
    const processes = manager.connection.getMetadata(ContractingProcessEntity);
    const suppliers = manager.connection.getMetadata(ContractSupplierEntity);
    // Suppliers first out, last in: a process's new end then rewrites no supplier rows
    // (migration 1796640000000's trigger), and each new row takes its process's end as written.
    await deleteSuppliers(
      manager,
      rows.map((row) => row.process.ocid),
    );
    await insertProcesses(
      manager,
      processes,
      rows.map((row) => row.process),
    );
    await insertSuppliers(
      manager,
      suppliers,
      rows.flatMap((row) => row.suppliers),
    );
  }
}

/**
 * Each release's outcome, as applying them one after another would say: seen
 * when not stored now (before, or earlier in the batch); the first stored of
 * a process new to the database created it; any other updated it.
 */
function outcomesOf(
  releases: readonly OcdsObject[],
  fresh: readonly OcdsObject[],
  stored: ReadonlyMap<string, StoredProcess>,
): ReleaseOutcome[] {
  const storedNow = new Set(fresh);
  const created = new Set<string>();
  return releases.map((release) => {
    if (!storedNow.has(release)) return 'SEEN';
    const ocid = String(release['ocid']);
    if (stored.has(ocid) || created.has(ocid)) return 'UPDATED';
    created.add(ocid);
    return 'CREATED';
  });
}
