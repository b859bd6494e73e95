import http from 'node:http';

import { requestText } from '../http/http-json';
import { type LatencyStats, latencyStats } from '../report/stats';

/** A keep-alive agent for one step's requests, as a browser keeps its connection. */
export const keepAlive = () => new http.Agent({ keepAlive: true, maxSockets: 1 });

/**
 * POSTs a GraphQL body to the API and answers its milliseconds and answer;
 * throws on an HTTP error or a GraphQL error, so no failed request counts as fast.
 */
export async function timedGraphql(
  apiUrl: string,
  body: string,
  headers: Record<string, string>,
  agent: http.Agent,
): Promise<{ ms: number; text: string }> {
  const started = performance.now();
  const response = await requestText({
    method: 'POST',
    url: `${apiUrl}/graphql`,
    headers,
    body,
    agent,
    timeoutMs: 30_000,
  });
  const elapsed = performance.now() - started;
  const answer = JSON.parse(response.text) as { errors?: { message: string }[] };
  if (response.status !== 200 || answer.errors?.length)
    throw new Error(
      `GraphQL HTTP ${response.status}: ${answer.errors?.[0]?.message ?? response.text.slice(0, 200)}`,
    );
  return { ms: elapsed, text: response.text };
}

/** Runs `send` once per item, one at a time, after `warmUp` untimed ones; the latency figures. */
export async function sequentialLatency<T>(
  items: T[],
  warmUp: number,
  send: (item: T) => Promise<number>,
): Promise<LatencyStats> {
  for (const item of items.slice(0, warmUp)) await send(item);
  const latencies: number[] = [];
  const started = performance.now();
  for (const item of items.slice(warmUp)) latencies.push(await send(item));
  return latencyStats(latencies, (performance.now() - started) / 1000, 0);
}
