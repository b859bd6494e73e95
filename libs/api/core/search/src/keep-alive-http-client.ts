import http from 'node:http';
import https from 'node:https';

import { MeilisearchApiError } from 'meilisearch';

/**
 * An HTTP client for the Meilisearch JS client over node:http with keep-alive.
 * Node's global fetch stalls ~40 ms per request on a reused connection once
 * responses outgrow a packet (see docs/decisions), which this avoids.
 */
export function createKeepAliveHttpClient(options: { maxSockets?: number } = {}) {
  const agents = {
    'http:': new http.Agent({ keepAlive: true, maxSockets: options.maxSockets ?? 64 }),
    'https:': new https.Agent({ keepAlive: true, maxSockets: options.maxSockets ?? 64 }),
  };

  const client = (input: string | URL | Request, init?: RequestInit): Promise<unknown> => {
    const url = new URL(input instanceof Request ? input.url : input.toString());
    const transport = url.protocol === 'https:' ? https : http;
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((value, key) => {
      headers[key] = value;
    });
    const body = typeof init?.body === 'string' ? init.body : undefined;
    if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));

    return new Promise((resolve, reject) => {
      const request = transport.request(
        url,
        {
          method: init?.method ?? 'GET',
          headers,
          agent: url.protocol === 'https:' ? agents['https:'] : agents['http:'],
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let parsed: unknown;
            try {
              parsed = text === '' ? undefined : JSON.parse(text);
            } catch (error) {
              reject(error);
              return;
            }
            const status = response.statusCode ?? 0;
            if (status >= 200 && status < 300) {
              resolve(parsed);
            } else {
              reject(
                new MeilisearchApiError(
                  new Response(text || null, { status, statusText: response.statusMessage }),
                  parsed as never,
                ),
              );
            }
          });
        },
      );
      // Our own abort listener, removed when the request settles: the client may
      // reuse one signal for many requests (e.g. while waiting for a task).
      const signal = init?.signal ?? undefined;
      const onAbort = () => request.destroy(new Error('The request to Meilisearch was aborted'));
      if (signal?.aborted) onAbort();
      signal?.addEventListener('abort', onAbort, { once: true });
      const settle = () => signal?.removeEventListener('abort', onAbort);
      request.on('close', settle);
      request.on('error', reject);
      if (body !== undefined) request.write(body);
      request.end();
    });
  };

  return Object.assign(client, {
    /** Closes idle sockets so a process can exit promptly. */
    destroy: () => Object.values(agents).forEach((agent) => agent.destroy()),
  });
}
