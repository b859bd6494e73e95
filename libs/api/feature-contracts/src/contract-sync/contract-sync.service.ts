import {
  APP_CONFIG,
  type AppConfig,
  CONTRACT_SYNC_DEFAULTS,
  type ContractSyncConfig,
} from '@lgx/api/core/config';
import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { loadBuyerMatcher } from '../contracting-process/buyer-match';
import { ContractSupplierLinkService } from '../contracting-process/contract-supplier-link.service';
import { ContractingProcessService } from '../contracting-process/contracting-process.service';
import { type OcdsObject, releaseProblems } from '../ocds';
import { ContractSyncError, syncErrorMessage } from './contract-sync.errors';
import {
  CONTRACT_SYNC_SOURCES,
  type ContractSyncSource,
  firstPageUrl,
} from './contract-sync.sources';
import {
  CONTRACT_SYNC_TIMING,
  type ContractSyncTiming,
  SYSTEM_TIMING,
} from './contract-sync.timing';
import { OcdsPageClient, readPage } from './contract-sync-page.client';
import { ContractSyncStateEntity } from './contract-sync-state.entity';

/**
 * The session advisory lock held for a run, so only one API process syncs at
 * a time, whoever asks (the queued job, a test, a command); PostgreSQL frees
 * it the moment a process dies (decision 0045). The two-key form: its key space never meets the one-key locks
 * (pg_advisory_xact_lock(hashtext(ocid))) that applyRelease takes.
 */
export const CONTRACT_SYNC_LOCK = [16, 2] as const;

/** Each window starts this long before the last one ended: late-committed notices are not missed. */
const WINDOW_OVERLAP_MS = 10 * 60_000;

/** Pages one source reads in one run at most; the rest follow next run, from the saved link. */
const MAX_PAGES_PER_RUN = 5_000;

export interface ContractSyncSourceRun {
  source: string;
  pages: number;
  releases: number;
  refused: number;
  /** The window was read to its last page. */
  caughtUp: boolean;
  error: string | null;
}

export interface ContractSyncRun {
  /** False when another process was already running the sync: this one did nothing. */
  ran: boolean;
  sources: ContractSyncSourceRun[];
}

/**
 * The sync of public contracts from Find a Tender and Contracts Finder:
 * runOnce() reads each source from where it stopped, page by page, stores
 * the releases through ContractingProcessService and saves the position after
 * each page. What calls runOnce (a job on the queue: ContractSyncScheduler) is
 * not its concern.
 */
@Injectable()
export class ContractSyncService {
  private readonly logger = new Logger('ContractSync');
  readonly settings: ContractSyncConfig;
  private readonly client: OcdsPageClient;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly processes: ContractingProcessService,
    @Inject(APP_CONFIG) config: Pick<AppConfig, 'publicUrl' | 'contractSync'>,
    @Optional()
    @Inject(CONTRACT_SYNC_TIMING)
    private readonly timing: ContractSyncTiming = SYSTEM_TIMING,
    /** Links each page's awarded suppliers to the directory; absent where no directory runs. */
    @Optional() private readonly links?: ContractSupplierLinkService,
  ) {
    this.settings = config.contractSync ?? CONTRACT_SYNC_DEFAULTS;
    this.client = new OcdsPageClient({
      userAgent: `LGX-LocalGovExchange-contracts-sync/1.0 (+${config.publicUrl})`,
      timeoutMs: this.settings.timeoutSeconds * 1000,
      maxAttempts: this.settings.maxAttempts,
      timing: this.timing,
    });
  }

  /** How long after start-up the first scheduled run begins. */
  get firstRunDelayMs(): number {
    return this.timing.firstRunDelayMs;
  }

  /**
   * One run over every source, unless another process holds the sync lock
   * (then nothing, ran: false). A source that fails has its error recorded
   * and the next source still runs.
   */
  async runOnce(signal?: AbortSignal): Promise<ContractSyncRun> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [{ locked }] = await runner.query('SELECT pg_try_advisory_lock($1, $2) AS locked', [
        ...CONTRACT_SYNC_LOCK,
      ]);
      if (!locked) return { ran: false, sources: [] };
      try {
        const sources: ContractSyncSourceRun[] = [];
        for (const source of CONTRACT_SYNC_SOURCES) {
          if (signal?.aborted) break;
          sources.push(await this.syncSource(source, signal));
        }
        return { ran: true, sources };
      } finally {
        await runner
          .query('SELECT pg_advisory_unlock($1, $2)', [...CONTRACT_SYNC_LOCK])
          .catch(() => undefined);
      }
    } finally {
      await runner.release();
    }
  }

  private async syncSource(
    source: ContractSyncSource,
    signal?: AbortSignal,
  ): Promise<ContractSyncSourceRun> {
    const run: ContractSyncSourceRun = {
      source: source.name,
      pages: 0,
      releases: 0,
      refused: 0,
      caughtUp: false,
      error: null,
    };
    const endpoint = source.endpoint(this.settings);
    const fetched = new Set<string>();
    try {
      const state = await this.openWindow(source.name);
      // A link saved for another endpoint (the setting changed since) is not followed.
      const resume = state.nextUrl && sameOrigin(state.nextUrl, endpoint) ? state.nextUrl : null;
      let url = resume ?? firstPageUrl(source, endpoint, state.windowFrom!, state.windowTo!);
      while (run.pages < MAX_PAGES_PER_RUN) {
        fetched.add(url);
        const page = readPage(await this.client.fetchText(url, signal), url, endpoint);
        const refused = await this.applyPage(page.releases);
        run.pages++;
        run.releases += page.releases.length;
        run.refused += refused;
        const loop = page.next !== null && fetched.has(page.next);
        // A loop keeps this page as the next one: the next run starts here again.
        await this.savePosition(source.name, loop ? url : page.next, page.releases.length, refused);
        if (loop)
          throw new ContractSyncError(
            `cursor loop: ${source.label} sent a link to a page already read in this run (${page.next}); stopped, to resume from ${url} next run`,
          );
        if (page.next === null) return { ...run, caughtUp: true };
        url = page.next;
      }
      return run;
    } catch (error) {
      // Shutting down is no failure: the position is saved, the next start resumes.
      if (signal?.aborted) return run;
      run.error = syncErrorMessage(error);
      if (await this.forgetRefusedCursor(source.name, error))
        run.error += '; the window will be read again from its first page next run';
      this.logger.warn(`${source.label}: ${run.error}`);
      await this.recordError(source.name, run.error);
      return run;
    }
  }

  /** The source's state, with a window open: the one in progress, or a new one up to now. */
  private async openWindow(source: string): Promise<ContractSyncStateEntity> {
    const states = this.dataSource.getRepository(ContractSyncStateEntity);
    const now = this.timing.now();
    now.setMilliseconds(0);
    const backfilled = new Date(now.getTime() - this.settings.backfillDays * 86_400_000);
    await states
      .createQueryBuilder()
      .insert()
      .values({ source, syncedTo: backfilled })
      .orIgnore()
      .execute();
    const state = await states.findOneByOrFail({ source });
    if (state.windowFrom && state.windowTo) return state;
    const windowFrom = new Date(state.syncedTo.getTime() - WINDOW_OVERLAP_MS);
    const opened = { windowFrom, windowTo: now, nextUrl: null };
    await states.update({ source }, opened);
    return { ...state, ...opened };
  }

  /**
   * Stores a page's valid releases; returns how many were refused. Applying a
   * release twice changes nothing, so a crash before the position is saved
   * only means the page is read and applied again.
   */
  private async applyPage(releases: unknown[]): Promise<number> {
    const matcher = await loadBuyerMatcher(this.dataSource.manager);
    const valid: OcdsObject[] = [];
    let refused = 0;
    for (const release of releases) {
      const problems = releaseProblems(release);
      if (problems.length === 0) valid.push(release as OcdsObject);
      else {
        refused++;
        this.logger.warn(
          `refused release ${idOf(release)}: ${problems[0]!.path} ${problems[0]!.reason}`,
        );
      }
    }
    // One transaction for the page; a release PostgreSQL refuses is refused alone.
    const applied = await this.processes.applyReleases(valid, matcher);
    applied.forEach((outcome, index) => {
      if (typeof outcome !== 'object') return;
      refused++;
      this.logger.warn(`refused release ${idOf(valid[index])}: ${outcome.reason}`);
    });
    await this.links?.linkSuppliers([...new Set(valid.map((release) => String(release['ocid'])))]);
    return refused;
  }

  /** After a page is stored: its next link saved, or (no next page) the window closed. */
  private async savePosition(
    source: string,
    next: string | null,
    releases: number,
    refused: number,
  ): Promise<void> {
    const counts = `pages_total = pages_total + 1, releases_total = releases_total + $2,
                    refused_total = refused_total + $3, updated_at = now()`;
    if (next !== null)
      await this.dataSource.query(
        `UPDATE contract_sync_state SET ${counts}, next_url = $4 WHERE source = $1`,
        [source, releases, refused, next],
      );
    else
      await this.dataSource.query(
        `UPDATE contract_sync_state SET ${counts}, synced_to = window_to, window_from = NULL,
                window_to = NULL, next_url = NULL, last_success_at = $4, last_error = NULL,
                last_error_at = NULL
          WHERE source = $1`,
        [source, releases, refused, this.timing.now()],
      );
  }

  /**
   * A saved cursor the API now refuses (HTTP 4xx other than 429: expired,
   * unknown) would stop every later run at the same page: forget it, so the
   * next run reads the window again from its first page (re-applying is harmless).
   */
  private async forgetRefusedCursor(source: string, error: unknown): Promise<boolean> {
    const status = error instanceof ContractSyncError ? error.status : undefined;
    if (status === undefined || status < 400 || status >= 500) return false;
    const forgotten = await this.dataSource.query(
      `UPDATE contract_sync_state SET next_url = NULL WHERE source = $1 AND next_url IS NOT NULL`,
      [source],
    );
    return forgotten[1] > 0;
  }

  private async recordError(source: string, message: string): Promise<void> {
    await this.dataSource
      .query(
        `UPDATE contract_sync_state SET last_error = $2, last_error_at = $3,
                errors_total = errors_total + 1, updated_at = now()
          WHERE source = $1`,
        [source, message, this.timing.now()],
      )
      .catch((error: Error) => this.logger.error(`cannot record the sync error: ${error.message}`));
  }
}

function sameOrigin(link: string, endpoint: string): boolean {
  try {
    return new URL(link).origin === new URL(endpoint).origin;
  } catch {
    return false;
  }
}

function idOf(release: unknown): string {
  const { ocid, id } = (release ?? {}) as { ocid?: unknown; id?: unknown };
  return `${String(ocid)} ${String(id)}`.slice(0, 200);
}
