import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { RecordedPage } from './recorded-ocds-pages';

/** An answer the fake server gives: a page, an HTTP error, or a cut-short body. */
export interface FakeAnswer {
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  /** Waits for this before answering (to hold a run open). */
  hold?: Promise<void>;
  /** Drops the connection halfway through the body, as a network failure does. */
  cut?: boolean;
}

export interface SeenRequest {
  path: string;
  cursor: string | null;
  query: URLSearchParams;
  userAgent: string | undefined;
}

/**
 * A local stand-in for the OCDS APIs on 127.0.0.1 and a random port: it
 * answers recorded pages by path and cursor, each with a queue of answers
 * (the last one repeats), and remembers every request. Never the internet.
 */
export class FakeOcdsServer {
  readonly requests: SeenRequest[] = [];
  private readonly answers = new Map<string, FakeAnswer[]>();
  private server!: Server;
  base = '';

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      void this.answer(request).then(({ status = 200, headers = {}, body = '', cut }) => {
        const length = Buffer.byteLength(body);
        response.writeHead(status, {
          'content-type': 'application/json',
          'content-length': String(length),
          ...headers,
        });
        if (cut) response.write(body.slice(0, body.length / 2), () => response.destroy());
        else response.end(body);
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  /** Forgets every answer and request. */
  reset(): void {
    this.answers.clear();
    this.requests.length = 0;
  }

  /** Serves the pages: each answers with the given answers first (if any), then itself. */
  servePages(path: string, pages: RecordedPage[]): void {
    for (const page of pages) this.serve(path, page.cursor, { body: JSON.stringify(page.body) });
  }

  /** Sets the answers for one page: the first request gets the first, and so on; the last repeats. */
  serve(path: string, cursor: string | null, ...answers: FakeAnswer[]): void {
    this.answers.set(`${path}?${cursor ?? ''}`, answers);
  }

  /** Puts answers before those a page already has. */
  before(path: string, cursor: string | null, ...answers: FakeAnswer[]): void {
    const key = `${path}?${cursor ?? ''}`;
    this.answers.set(key, [...answers, ...(this.answers.get(key) ?? [])]);
  }

  requestsTo(path: string): SeenRequest[] {
    return this.requests.filter((request) => request.path === path);
  }

  private async answer(request: IncomingMessage): Promise<FakeAnswer> {
    const url = new URL(request.url ?? '/', this.base);
    const cursor = url.searchParams.get('cursor');
    this.requests.push({
      path: url.pathname,
      cursor,
      query: url.searchParams,
      userAgent: request.headers['user-agent'],
    });
    const queue = this.answers.get(`${url.pathname}?${cursor ?? ''}`);
    if (!queue?.length) return { status: 404, body: '{"error":"no such page"}' };
    const answer = queue.length > 1 ? queue.shift()! : queue[0]!;
    await answer.hold;
    return answer;
  }
}
