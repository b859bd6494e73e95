import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, QueryFailedError } from 'typeorm';

import { type OcdsObject, readOcdsFile, type ReleaseProblem, releaseProblems } from '../ocds';
import { type BuyerMatcher, loadBuyerMatcher } from './buyer-match';
import { ContractingProcessService, type ReleaseOutcome } from './contracting-process.service';

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
  /** Among the processes this import created or updated. */
  buyersMatched: number;
  buyersUnmatched: number;
  refusedCount: number;
  /** The first refusals, in file order (every one is passed to onRefused). */
  refused: RefusedRelease[];
  /** Set when the file could not be read to its end; what came before it is loaded. */
  fileError: string | null;
}

export interface ContractImportOptions {
  /** Called for every refusal as it happens, so a caller can print them all. */
  onRefused?: (refusal: RefusedRelease) => void;
}

/** Refusals kept in the report; the rest are only counted, so memory stays flat. */
const REFUSALS_KEPT = 1000;

/** `npm run import:contracts`: loads OCDS files into contracting processes. */
@Injectable()
export class ContractImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly processes: ContractingProcessService,
  ) {}

  /** Imports one file, streaming; a second import of the same file changes nothing. */
  async importFile(
    file: string,
    options: ContractImportOptions = {},
  ): Promise<ContractImportReport> {
    const [{ started }] = await this.dataSource.query('SELECT now() AS started');
    const report: ContractImportReport = {
      file,
      releasesRead: 0,
      releasesSeen: 0,
      processesCreated: 0,
      processesUpdated: 0,
      buyersMatched: 0,
      buyersUnmatched: 0,
      refusedCount: 0,
      refused: [],
      fileError: null,
    };
    const refuse = (refusal: RefusedRelease) => {
      report.refusedCount++;
      if (report.refused.length < REFUSALS_KEPT) report.refused.push(refusal);
      options.onRefused?.(refusal);
    };
    const matcher = await loadBuyerMatcher(this.dataSource.manager);
    try {
      for await (const item of readOcdsFile(file)) {
        const number = ++report.releasesRead;
        if (item.problem !== undefined) {
          refuse({
            number,
            position: item.position,
            problems: [{ path: '/', reason: item.problem }],
          });
          continue;
        }
        const problems = releaseProblems(item.release);
        if (problems.length > 0) {
          refuse({ number, position: item.position, problems });
          continue;
        }
        const outcome = await this.applyOrRefuse(item.release as OcdsObject, matcher);
        if (outcome === 'SEEN') report.releasesSeen++;
        else if (typeof outcome === 'object')
          refuse({ number, position: item.position, problems: [outcome] });
      }
    } catch (error) {
      report.fileError = (error as Error).message;
    }
    await this.countProcesses(report, started as Date);
    return report;
  }

  /**
   * Applies a release; one whose values PostgreSQL refuses (SQLSTATE class 22,
   * a data exception, or 54, a limit such as an id too long to index) is
   * refused alone. Any other failure (the database gone) stops the import.
   */
  private async applyOrRefuse(
    release: OcdsObject,
    matcher: BuyerMatcher,
  ): Promise<ReleaseOutcome | ReleaseProblem> {
    try {
      return await this.processes.applyRelease(release, matcher);
    } catch (error) {
      const code = (error as QueryFailedError & { driverError?: { code?: string } }).driverError
        ?.code;
      if (!(error instanceof QueryFailedError) || !/^(22|54)/.test(code ?? '')) throw error;
      return { path: '/', reason: `cannot be stored: ${error.message}` };
    }
  }

  /** Counts in the database what this import touched, rather than holding every ocid in memory. */
  private async countProcesses(report: ContractImportReport, started: Date): Promise<void> {
    const [counts] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE created_at >= $1)::int AS created,
              count(*) FILTER (WHERE created_at < $1)::int AS updated,
              count(*) FILTER (WHERE buyer_council_code IS NOT NULL)::int AS matched,
              count(*) FILTER (WHERE buyer_council_code IS NULL)::int AS unmatched
         FROM contracting_process WHERE updated_at >= $1`,
      [started],
    );
    report.processesCreated = counts.created;
    report.processesUpdated = counts.updated;
    report.buyersMatched = counts.matched;
    report.buyersUnmatched = counts.unmatched;
  }
}
