import type http from 'node:http';

import type { NestExpressApplication } from '@nestjs/platform-express';

import { keepAlive, timedGraphql } from '../contracts/graphql-timing';
import { type Counting, StatementCounter } from './statement-counter';

/** The notifications page's query, as the web sends it (feature-following's notifications.graphql). */
const NOTIFICATIONS_PAGE = `query Notifications($first: Int, $after: String) {
  notifications(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id kind title reason url createdAt readAt } }
  }
}`;
/** The header's unread count, on every page. */
const UNREAD_COUNT = `query UnreadNotificationCount { unreadNotificationCount }`;

export const PAGE_SIZES = [5, 20, 50] as const;

export interface PageQueries {
  first: number;
  rows: number;
  /** SQL statements the API sent to PostgreSQL while answering (BEGIN/COMMIT included). */
  queries: number;
  /** The same for the header's unread count alone. */
  unreadCountQueries: number;
  statements: string[];
}

/**
 * Counts the SQL statements sent while the API answers one HTTP request
 * (StatementCounter, entered by a wrapper around the server's request listener).
 */
export class RequestQueryCounter {
  private readonly counter = new StatementCounter();
  private readonly restore: (() => void)[] = [];
  private next?: Counting;

  constructor(app: NestExpressApplication) {
    const server = app.getHttpServer() as http.Server;
    const listeners = server.listeners('request') as ((...args: unknown[]) => void)[];
    server.removeAllListeners('request');
    const wrapped = (...args: unknown[]) => {
      const counting = this.next;
      this.next = undefined;
      const handle = () => listeners.forEach((listener) => listener.apply(server, args));
      if (counting) this.counter.within(counting, handle);
      else handle();
    };
    server.on('request', wrapped);
    this.restore.push(() => {
      server.removeListener('request', wrapped);
      listeners.forEach((listener) => server.on('request', listener));
    });
    this.restore.push(() => this.counter.stop());
  }

  /** Sends one GraphQL request and answers the statements it cost, and its answer. */
  async count(
    apiUrl: string,
    cookie: string,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<{ statements: string[]; text: string }> {
    const counting: Counting = { statements: [] };
    this.next = counting;
    const agent = keepAlive();
    try {
      const { text } = await timedGraphql(
        apiUrl,
        JSON.stringify({ query, variables }),
        { cookie },
        agent,
      );
      return { statements: counting.statements, text };
    } finally {
      this.next = undefined;
      agent.destroy();
    }
  }

  stop(): void {
    this.restore.reverse().forEach((undo) => undo());
  }
}

/**
 * The notifications page at 5, 20 and 50 rows, and the header's unread count,
 * each as one signed-in request; the SQL statements each cost.
 */
export async function queriesPerPage(
  app: NestExpressApplication,
  apiUrl: string,
  cookie: string,
): Promise<PageQueries[]> {
  const counter = new RequestQueryCounter(app);
  try {
    // One untimed request first: the session's first use writes its last_seen_at.
    await counter.count(apiUrl, cookie, UNREAD_COUNT);
    const pages: PageQueries[] = [];
    for (const first of PAGE_SIZES) {
      const page = await counter.count(apiUrl, cookie, NOTIFICATIONS_PAGE, { first });
      const answer = JSON.parse(page.text) as {
        data: { notifications: { edges: unknown[] } };
      };
      const unread = await counter.count(apiUrl, cookie, UNREAD_COUNT);
      pages.push({
        first,
        rows: answer.data.notifications.edges.length,
        queries: page.statements.length,
        unreadCountQueries: unread.statements.length,
        statements: page.statements,
      });
    }
    return pages;
  } finally {
    counter.stop();
  }
}
