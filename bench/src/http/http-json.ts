import http from 'node:http';

/** One HTTP request over node:http (never global fetch, which stalls on reused connections). */
export interface JsonRequest {
  method: 'GET' | 'POST' | 'DELETE';
  url: string;
  headers?: Record<string, string>;
  body?: string;
  agent?: http.Agent;
  timeoutMs?: number;
}

export interface JsonResponse {
  status: number;
  text: string;
}

/** Sends a request and reads the whole response; rejects on a network error or the time limit. */
export function requestText(request: JsonRequest): Promise<JsonResponse> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...request.headers };
    if (request.body !== undefined) {
      headers['content-type'] ??= 'application/json';
      headers['content-length'] = String(Buffer.byteLength(request.body));
    }
    const outgoing = http.request(
      request.url,
      {
        method: request.method,
        headers,
        agent: request.agent,
        timeout: request.timeoutMs ?? 10_000,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    outgoing.on('timeout', () =>
      outgoing.destroy(new Error(`no answer within ${request.timeoutMs ?? 10_000} ms`)),
    );
    outgoing.on('error', reject);
    if (request.body !== undefined) outgoing.write(request.body);
    outgoing.end();
  });
}

/** Like requestText, parsing JSON and refusing a status outside 2xx. */
export async function requestJson<T = unknown>(request: JsonRequest): Promise<T> {
  const response = await requestText(request);
  if (response.status < 200 || response.status >= 300)
    throw new Error(
      `${request.method} ${new URL(request.url).pathname}: HTTP ${response.status} ${response.text.slice(0, 200)}`,
    );
  return (response.text === '' ? undefined : JSON.parse(response.text)) as T;
}
