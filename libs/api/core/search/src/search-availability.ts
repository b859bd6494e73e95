import { UserFacingError } from '@lgx/api/core/graphql';
import { Injectable, Logger } from '@nestjs/common';
import { MeilisearchApiError } from 'meilisearch';

/** The stable code of every search answered while Meilisearch cannot answer. */
export const SEARCH_UNAVAILABLE = 'SEARCH_UNAVAILABLE';

/** A search asked while the engine is unreachable or failing: said plainly, never as an internal error. */
export class SearchUnavailableError extends UserFacingError {
  constructor() {
    super(
      SEARCH_UNAVAILABLE,
      'Search is unavailable for now. Nothing you save is lost, and it will be searchable once search is back. ' +
        'Meanwhile you can browse the lists of councils, suppliers and procurement groups, or try again in a few minutes.',
    );
  }
}

/** HTTP answers of Meilisearch that mean it cannot serve now, whatever was asked. */
const ENGINE_STATUSES = new Set([401, 403, 408, 429]);

/**
 * Whether a failed Meilisearch call failed because the engine cannot answer
 * now: not reachable, timed out, answering 5xx, refusing our key, or without
 * the index (wiped, being rebuilt). A request Meilisearch refused as malformed
 * is a bug of ours and is not one of these.
 */
export function isEngineUnavailable(error: unknown): boolean {
  let fromMeilisearch = false;
  for (let current: unknown = error, depth = 0; current && depth < 6; depth++) {
    if (current instanceof MeilisearchApiError) {
      const status = current.response.status;
      const code = (current.cause as { code?: unknown } | undefined)?.code;
      return status >= 500 || ENGINE_STATUSES.has(status) || code === 'index_not_found';
    }
    if (String((current as { name?: unknown }).name ?? '').startsWith('Meilisearch'))
      fromMeilisearch = true;
    current = (current as { cause?: unknown }).cause;
  }
  // No answer from Meilisearch at all: refused, reset, timed out, aborted.
  return fromMeilisearch;
}

/**
 * What the API last saw of Meilisearch when reading from it. An outage is
 * logged once when it starts and once when it ends, however many searches
 * meet it in between.
 */
@Injectable()
export class SearchHealth {
  private readonly logger = new Logger('Search');
  private downSince: number | null = null;

  /** True while the last read from Meilisearch failed because it could not answer. */
  get down(): boolean {
    return this.downSince !== null;
  }

  /** Runs one read; a failure of the engine becomes SEARCH_UNAVAILABLE. */
  async read<T>(work: () => Promise<T>): Promise<T> {
    let result: T;
    try {
      result = await work();
    } catch (error) {
      if (!isEngineUnavailable(error)) throw error;
      this.markDown(error);
      throw new SearchUnavailableError();
    }
    this.markUp();
    return result;
  }

  markDown(error: unknown): void {
    if (this.downSince !== null) return;
    this.downSince = Date.now();
    this.logger.warn(
      `Search is unavailable (${describe(error)}); searches answer ${SEARCH_UNAVAILABLE} until Meilisearch answers again.`,
    );
  }

  markUp(): void {
    if (this.downSince === null) return;
    const seconds = ((Date.now() - this.downSince) / 1000).toFixed(0);
    this.downSince = null;
    this.logger.log(`Search is answering again (it was unavailable for ${seconds} s).`);
  }
}

/** A short reason for the log: the innermost message, never a URL with credentials or a key. */
function describe(error: unknown): string {
  let reason = '';
  for (let current: unknown = error, depth = 0; current && depth < 6; depth++) {
    const { message, code } = current as { message?: unknown; code?: unknown };
    if (typeof code === 'string' && code) reason = code;
    else if (typeof message === 'string' && message) reason = message;
    current = (current as { cause?: unknown }).cause;
  }
  return reason.slice(0, 200) || 'no answer';
}
