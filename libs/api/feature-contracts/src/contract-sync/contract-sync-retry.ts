/** How the sync waits between attempts at one page. */
export interface RetryTiming {
  /** The first back-off delay; each later one doubles, up to maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** The longest Retry-After honoured: a server asking for more waits this long. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_TIMING: RetryTiming = {
  baseDelayMs: 1_000,
  maxDelayMs: 60_000,
  maxRetryAfterMs: 5 * 60_000,
};

/**
 * The delay a Retry-After header asks for, in milliseconds, capped at maxMs:
 * delay-seconds ("120") or an HTTP date ("Wed, 21 Oct 2026 07:28:00 GMT").
 * Null when the header is absent or means nothing (then back off as usual);
 * a date in the past means no wait.
 */
export function parseRetryAfter(
  header: string | null | undefined,
  now: Date,
  maxMs: number,
): number | null {
  const value = header?.trim();
  if (!value) return null;
  if (/^\d+$/.test(value)) return Math.min(Number(value) * 1000, maxMs);
  // An HTTP date names its day and its zone; a bare number or word is not one.
  if (!/^[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(value)) return null;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return null;
  return Math.min(Math.max(at - now.getTime(), 0), maxMs);
}

/**
 * Exponential back-off with full jitter before attempt `attempt + 1` (attempt
 * counts from 1): a random delay up to base * 2^(attempt-1), capped at max,
 * so many clients retrying at once spread out. `random` returns [0, 1).
 */
export function backoffDelay(
  attempt: number,
  timing: Pick<RetryTiming, 'baseDelayMs' | 'maxDelayMs'>,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(timing.baseDelayMs * 2 ** Math.max(attempt - 1, 0), timing.maxDelayMs);
  return Math.floor(ceiling * random());
}

/** Whether an HTTP status is worth another attempt: too many requests, or the server's fault. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status >= 500;
}
