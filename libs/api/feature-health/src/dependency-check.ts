export interface DependencyCheck {
  status: 'up' | 'down';
  latencyMs: number;
  /** Why it is down, in words; never a connection string or a key. */
  error?: string;
}

/** How long a dependency has to answer before it counts as down, unless the config says otherwise. */
export const TIMEOUT_MS = 1_000;

/** The work's result, or a rejection once `ms` have passed without one. */
export function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    work,
    new Promise<never>((_resolve, reject) =>
      setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref(),
    ),
  ]);
}

/** Whether a dependency answers within timeoutMs, how fast, and if not why not (a code, or a short message). */
export async function check(
  work: () => Promise<unknown>,
  timeoutMs = TIMEOUT_MS,
): Promise<DependencyCheck> {
  const started = performance.now();
  try {
    await withTimeout(work(), timeoutMs);
    return { status: 'up', latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    const code = (error as { code?: string }).code;
    return {
      status: 'down',
      latencyMs: Math.round(performance.now() - started),
      error: code ? `${code}` : ((error as Error).message ?? 'unknown error').slice(0, 200),
    };
  }
}
