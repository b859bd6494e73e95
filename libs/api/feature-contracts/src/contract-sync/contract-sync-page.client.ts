import { ContractSyncError } from './contract-sync.errors';
import type { ContractSyncTiming } from './contract-sync.timing';
import { backoffDelay, isRetryableStatus, parseRetryAfter } from './contract-sync-retry';

export interface PageClientOptions {
  userAgent: string;
  timeoutMs: number;
  maxAttempts: number;
  timing: ContractSyncTiming;
}

/** One page of an OCDS API as read: its releases and the link to the next page, if any. */
export interface OcdsPage {
  releases: unknown[];
  next: string | null;
}

type Attempt = { body: string } | { retryAfterMs: number | null; why: string };

/**
 * Fetches the pages of the public OCDS APIs: a timeout per request, an
 * identifying User-Agent, and on HTTP 429, 5xx or a network failure another
 * attempt after Retry-After (capped) or an exponential, jittered back-off,
 * up to maxAttempts. Any other status stops at once: retrying cannot help.
 */
export class OcdsPageClient {
  constructor(private readonly options: PageClientOptions) {}

  /** The page's text, or a ContractSyncError saying why there is none. */
  async fetchText(url: string, signal?: AbortSignal): Promise<string> {
    const { maxAttempts, timing } = this.options;
    for (let attempt = 1; ; attempt++) {
      const result = await this.attempt(url, signal);
      if ('body' in result) return result.body;
      if (attempt >= maxAttempts)
        throw new ContractSyncError(`${result.why} after ${attempt} attempts at ${url}`);
      const wait = result.retryAfterMs ?? backoffDelay(attempt, timing, timing.random);
      await timing.sleep(wait, signal);
    }
  }

  private async attempt(url: string, signal?: AbortSignal): Promise<Attempt> {
    const timeout = AbortSignal.timeout(this.options.timeoutMs);
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { 'User-Agent': this.options.userAgent, Accept: 'application/json' },
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      });
      if (response.ok) return { body: await readCapped(response, url) };
    } catch (error) {
      if (error instanceof ContractSyncError) throw error;
      if (signal?.aborted) throw new ContractSyncError('stopped: the API process is shutting down');
      const reason = timeout.aborted
        ? `no answer within ${this.options.timeoutMs} ms`
        : causeOf(error);
      return { retryAfterMs: null, why: `network failure (${reason})` };
    }
    await response.body?.cancel().catch(() => undefined);
    if (!isRetryableStatus(response.status))
      throw new ContractSyncError(`HTTP ${response.status} from ${url}`, response.status);
    const { timing } = this.options;
    return {
      retryAfterMs: parseRetryAfter(
        response.headers.get('retry-after'),
        timing.now(),
        timing.maxRetryAfterMs,
      ),
      why: `HTTP ${response.status}`,
    };
  }
}

/** A page of 100 releases is a few megabytes; far more is not a page, and is not held in memory. */
export const MAX_PAGE_BYTES = 64 * 1024 * 1024;

async function readCapped(response: Response, url: string): Promise<string> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  for (let part = await reader?.read(); part && !part.done; part = await reader!.read()) {
    size += part.value.byteLength;
    if (size > MAX_PAGE_BYTES) {
      await reader!.cancel().catch(() => undefined);
      throw new ContractSyncError(`the page at ${url} is over ${MAX_PAGE_BYTES} bytes`);
    }
    chunks.push(part.value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function causeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message ?? 'unknown';
}

/**
 * Reads a page's text as an OCDS release package: valid JSON, a releases
 * array, and links.next (when present) a link on the endpoint's own host.
 * A truncated or malformed page throws, so nothing of it is stored.
 */
export function readPage(text: string, url: string, endpoint: string): OcdsPage {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw new ContractSyncError(
      `the page at ${url} is not valid JSON, perhaps cut short (${(error as Error).message}); it will be fetched again next run`,
    );
  }
  const releases = (body as { releases?: unknown } | null)?.releases;
  if (typeof body !== 'object' || body === null || !Array.isArray(releases))
    throw new ContractSyncError(
      `the page at ${url} is not an OCDS release package (no releases array)`,
    );
  const next = (body as { links?: { next?: unknown } }).links?.next;
  if (next === undefined || next === null || next === '') return { releases, next: null };
  return { releases, next: nextLink(next, url, endpoint) };
}

function nextLink(next: unknown, url: string, endpoint: string): string {
  let resolved: URL | null = null;
  try {
    resolved = typeof next === 'string' ? new URL(next, url) : null;
  } catch {
    resolved = null;
  }
  // Follow links only on the configured API's host: a page cannot send the sync elsewhere.
  if (!resolved || resolved.origin !== new URL(endpoint).origin)
    throw new ContractSyncError(
      `the page at ${url} has a links.next that is not a link on ${new URL(endpoint).host}`,
    );
  return resolved.toString();
}
