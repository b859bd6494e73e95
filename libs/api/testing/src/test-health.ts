import type request from 'supertest';

import type { TestApp } from './test-app';
import { eventually } from './test-eventually';

/**
 * /health/ready's first 200 answer. A healthy app on a machine busy with other
 * test files may miss a dependency's time now and then (503 for a moment);
 * one that stays unready fails, with its last answer, after `timeoutMs`.
 */
export async function whenReady(
  harness: Pick<TestApp, 'http'>,
  timeoutMs = 20_000,
): Promise<request.Response> {
  let last: request.Response | undefined;
  try {
    return await eventually(async () => {
      last = await harness.http().get('/health/ready');
      return last.status === 200 && last;
    }, timeoutMs);
  } catch (error) {
    throw new Error(
      `/health/ready not 200 within ${timeoutMs} ms; last ${last?.status}: ${JSON.stringify(last?.body)}`,
      { cause: error },
    );
  }
}
