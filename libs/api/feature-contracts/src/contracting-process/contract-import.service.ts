import { Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import {
  type OcdsFileItem,
  type OcdsObject,
  readOcdsFile,
  type ReleaseProblem,
  releaseProblems,
} from '../ocds';
import { type BuyerMatcher, loadBuyerMatcher } from './buyer-match';
import { ContractSupplierLinkService } from './contract-supplier-link.service';
import { ContractingProcessService } from './contracting-process.service';

/** A release the import did not load, where it stands in the file, and why. */
export interface RefusedRelease {
  /** Its number among the file's releases (1 for the first). */
  number: number;
  /** A JSON pointer in the file (/releases/12) or a line ("line 5"). */
  position: string;
  problems: ReleaseProblem[];
}

export interface ContractImportReport {
  file: string;
  releasesRead: number;
  /** Releases already imported (same ocid, id and date): they changed nothing. */
  releasesSeen: number;
  processesCreated: number;
  processesUpdated: number;
  /** Among the processes this import created or updated: buyers matched to a council. */
  buyersMatched: number;
  /** How those were matched: by an identifier, by name, by an admin's remembered decision. */
  buyersMatchedBy: { identifier: number; name: number; decision: number };
  /** Buyers the matcher was unsure of: listed for a platform admin to decide. */
  buyersUnmatched: number;
  /** Buyers surely not a principal council (parish councils, NHS bodies...), or so decided. */
  buyersNotACouncil: number;
  refusedCount: number;
  /** The first refusals, in file order (every one is passed to onRefused). */
  refused: RefusedRelease[];
  /** Set when the file could not be read to its end; what came before it is loaded. */
  fileError: string | null;
}

export interface ContractImportOptions {
  /** Called for every refusal, in file order, so a caller can print them all. */
  onRefused?: (refusal: RefusedRelease) => void;
  /** Called after each batch is written, with the number of the last release it held. */
  onProgress?: (releasesWritten: number) => void;
}

/** Refusals kept in the report; the rest are only counted, so memory stays flat. */
const REFUSALS_KEPT = 1000;
/** Releases written in one transaction (see decision 0039). */
export const IMPORT_BATCH_RELEASES = 500;
/** ...or fewer, when they add up to this much JSON: memory holds two batches at most. */
const IMPORT_BATCH_BYTES = 16 * 1024 * 1024;

/** A release read from the file, or a refusal, in file order. */
interface BatchEntry {
  number: number;
  position: string;
  release?: OcdsObject;
  problems?: ReleaseProblem[];
}

function emptyReport(file: string): ContractImportReport {
  return {
    file,
    releasesRead: 0,
    releasesSeen: 0,
    processesCreated: 0,
    processesUpdated: 0,
    buyersMatched: 0,
    buyersMatchedBy: { identifier: 0, name: 0, decision: 0 },
    buyersUnmatched: 0,
    buyersNotACouncil: 0,
    refusedCount: 0,
    refused: [],
    fileError: null,
  };
}

/** Checks one item of the file: a release to load, or what is wrong with it. */
function entryOf(item: OcdsFileItem, number: number): BatchEntry {
  if (item.problem !== undefined)
    return { number, position: item.position, problems: [{ path: '/', reason: item.problem }] };
  const problems = releaseProblems(item.release);
  if (problems.length > 0) return { number, position: item.position, problems };
  return { number, position: item.position, release: item.release as OcdsObject };
}

/** `npm run import:contracts`: loads OCDS files into contracting processes. */
@Injectable()
export class ContractImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly processes: ContractingProcessService,
    /** Links awarded suppliers to the directory after an import; absent in the bare CLI set-up. */
    @Optional() private readonly links?: ContractSupplierLinkService,
  ) {}

  /**
   * Imports one file, streaming, a batch of releases a transaction; a second
   * import of the same file changes nothing. While one batch is written, the
   * next is read and checked.
   */
  async importFile(
    file: string,
    options: ContractImportOptions = {},
  ): Promise<ContractImportReport> {
    const [{ started }] = await this.dataSource.query('SELECT now() AS started');
    const report = emptyReport(file);
    const matcher = await loadBuyerMatcher(this.dataSource.manager);
    const apply = (entries: BatchEntry[]) => this.applyBatch(entries, matcher, report, options);
    let batch: BatchEntry[] = [];
    let bytes = 0;
    let writing: Promise<void> = Promise.resolve();
    let failure: unknown = null;
    try {
      for await (const item of readOcdsFile(file)) {
        const entry = entryOf(item, ++report.releasesRead);
        batch.push(entry);
        if (entry.release) bytes += JSON.stringify(entry.release).length;
        if (batch.length < IMPORT_BATCH_RELEASES && bytes < IMPORT_BATCH_BYTES) continue;
        await writing;
        writing = apply(batch);
        // A failed write is seen at the next await; till then nothing waits on it.
        writing.catch(() => undefined);
        [batch, bytes] = [[], 0];
      }
    } catch (error) {
      failure = error;
    }
    try {
      await writing;
      // What was read before a fault in the file loads too; nothing more after a failed write.
      await apply(batch);
    } catch (error) {
      failure ??= error;
    }
    if (failure !== null) report.fileError = (failure as Error).message;
    await this.countProcesses(report, started as Date);
    await this.links?.linkSuppliers();
    return report;
  }

  /** Applies one batch's releases and reports its refusals and seen releases, in file order. */
  private async applyBatch(
    entries: BatchEntry[],
    matcher: BuyerMatcher,
    report: ContractImportReport,
    options: ContractImportOptions,
  ): Promise<void> {
    const loading = entries.filter((entry) => entry.release);
    const outcomes = await this.processes.applyReleases(
      loading.map((entry) => entry.release!),
      matcher,
    );
    const outcomeOf = new Map(loading.map((entry, at) => [entry, outcomes[at]!]));
    for (const entry of entries) {
      const outcome = outcomeOf.get(entry);
      if (outcome === 'SEEN') report.releasesSeen++;
      const problems = entry.problems ?? (typeof outcome === 'object' ? [outcome] : null);
      if (!problems) continue;
      const refusal = { number: entry.number, position: entry.position, problems };
      report.refusedCount++;
      if (report.refused.length < REFUSALS_KEPT) report.refused.push(refusal);
      options.onRefused?.(refusal);
    }
    if (entries.length > 0) options.onProgress?.(entries[entries.length - 1]!.number);
  }

  /** Counts in the database what this import touched, rather than holding every ocid in memory. */
  private async countProcesses(report: ContractImportReport, started: Date): Promise<void> {
    const [counts] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE created_at >= $1)::int AS created,
              count(*) FILTER (WHERE created_at < $1)::int AS updated,
              count(*) FILTER (WHERE buyer_match = 'IDENTIFIER')::int AS identifier,
              count(*) FILTER (WHERE buyer_match = 'NAME')::int AS name,
              count(*) FILTER (WHERE buyer_match = 'DECIDED')::int AS decision,
              count(*) FILTER (WHERE buyer_match = 'UNMATCHED')::int AS unmatched,
              count(*) FILTER (WHERE buyer_match = 'NOT_A_COUNCIL')::int AS "notACouncil"
         FROM contracting_process WHERE updated_at >= $1`,
      [started],
    );
    report.processesCreated = counts.created;
    report.processesUpdated = counts.updated;
    report.buyersMatchedBy = {
      identifier: counts.identifier,
      name: counts.name,
      decision: counts.decision,
    };
    report.buyersMatched = counts.identifier + counts.name + counts.decision;
    report.buyersUnmatched = counts.unmatched;
    report.buyersNotACouncil = counts.notACouncil;
  }
}
