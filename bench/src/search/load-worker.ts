/**
 * The load client, in a worker thread: its event loop is not the API's, so
 * parsing answers and timing them does not slow the server it measures.
 */
import http from 'node:http';
import { parentPort } from 'node:worker_threads';

import { requestText } from '../http/http-json';
import type { LoadJob, LoadResult } from './load-protocol';

/** Why an answer is not a good one, or undefined when it is. */
function problem(job: LoadJob, status: number, text: string): string | undefined {
  if (status !== 200) return `HTTP ${status}: ${text.slice(0, 200)}`;
  const body = JSON.parse(text) as {
    errors?: { message: string }[];
    data?: unknown;
    hits?: unknown;
  };
  if (job.answer === 'graphql') {
    if (body.errors?.length) return `GraphQL error: ${body.errors[0]!.message}`;
    if (!body.data) return 'GraphQL answer without data';
  } else if (!Array.isArray(body.hits)) return 'Meilisearch answer without hits';
  return undefined;
}

async function run(job: LoadJob): Promise<LoadResult> {
  const urls = job.requests.map((request) => new URL(request.path, job.origin).href);
  const agent = new http.Agent({ keepAlive: true, maxSockets: job.concurrency });
  const latencies: number[] = [];
  const indices: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let issued = 0;
  const started = performance.now();
  const deadline = started + job.maxSeconds * 1000;
  const client = async (offset: number) => {
    while (issued < job.maxRequests && performance.now() < deadline) {
      const index = (offset + issued++) % job.requests.length;
      const request = job.requests[index]!;
      const sent = performance.now();
      try {
        const { status, text } = await requestText({
          method: 'POST',
          url: urls[index]!,
          headers: request.headers,
          body: request.body,
          agent,
          timeoutMs: job.timeoutMs,
        });
        const elapsed = performance.now() - sent;
        const wrong = problem(job, status, text);
        if (wrong) throw new Error(wrong);
        latencies.push(elapsed);
        indices.push(index);
      } catch (error) {
        errors++;
        firstError ??= (error as Error).message;
      }
    }
  };
  const spacing = Math.max(1, Math.floor(job.requests.length / job.concurrency));
  await Promise.all(Array.from({ length: job.concurrency }, (_, i) => client(i * spacing)));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return { id: job.id, latencies, indices, errors, firstError, seconds };
}

parentPort?.on('message', (job: LoadJob) => {
  run(job).then(
    (result) => parentPort?.postMessage(result),
    (error: Error) =>
      parentPort?.postMessage({
        id: job.id,
        latencies: [],
        indices: [],
        errors: 1,
        firstError: error.message,
        seconds: 0,
      } satisfies LoadResult),
  );
});
