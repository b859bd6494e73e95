import { z } from 'zod';

import type { ConfigIssue } from './config.error';
import { type Env, parseEnv } from './env-schema';

const milliseconds = (message: string) =>
  z.coerce.number({ message }).int(message).min(0, message).max(600_000, message);

const shutdownShape = {
  SHUTDOWN_DELAY_MS: milliseconds(
    'must be a whole number of milliseconds from 0 to 600000',
  ).optional(),
  SHUTDOWN_TIMEOUT_MS: milliseconds('must be a whole number of milliseconds from 0 to 600000')
    .min(1_000, 'must be at least 1000 milliseconds')
    .default(30_000),
};

/** What a process does on SIGTERM (decision 0067). */
export interface ShutdownConfig {
  /** How long it keeps serving, not ready, so the load balancer sees it go before it stops accepting. */
  delayMs: number;
  /** The bound on the whole shutdown: past it, the process exits 1 and what it held is released. */
  timeoutMs: number;
}

/** Five seconds of notice in production; none in development and tests. */
export function shutdownDefaults(environment: string): ShutdownConfig {
  return { delayMs: environment === 'production' ? 5_000 : 0, timeoutMs: 30_000 };
}

export function parseShutdownConfig(
  env: Env,
  environment: string,
): { value?: ShutdownConfig; issues: ConfigIssue[] } {
  const { value, issues } = parseEnv(shutdownShape, env);
  if (!value) return { issues };
  const delayMs = value.SHUTDOWN_DELAY_MS ?? shutdownDefaults(environment).delayMs;
  const timeoutMs = value.SHUTDOWN_TIMEOUT_MS;
  // The bound counts from the signal: a delay as long would leave no time to finish anything.
  if (delayMs >= timeoutMs)
    return {
      issues: [
        {
          variable: 'SHUTDOWN_DELAY_MS',
          message: `must be below SHUTDOWN_TIMEOUT_MS (${timeoutMs}), which counts from the signal: after the delay the process still needs time to finish its requests, jobs and indexing`,
        },
      ],
    };
  return { issues, value: { delayMs, timeoutMs } };
}
