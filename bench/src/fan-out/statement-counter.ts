import { AsyncLocalStorage } from 'node:async_hooks';

import pg from 'pg';

/** The statements counted for one piece of work (an HTTP request, a job). */
export interface Counting {
  statements: string[];
}

/**
 * Counts the SQL statements sent to PostgreSQL for chosen pieces of work:
 * every pg query (TypeORM's and any other pool's) is attributed to the work
 * in whose async context it was sent, so background queries (the indexer,
 * the job queue's own) never count. Until `stop()`, pg's Client.query is wrapped.
 */
export class StatementCounter {
  private readonly context = new AsyncLocalStorage<Counting>();
  private readonly original = pg.Client.prototype.query;

  constructor() {
    const { context, original } = this;
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string })?.text;
      context.getStore()?.statements.push(String(text).replace(/\s+/g, ' ').slice(0, 120));
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof original;
  }

  /** Runs `work` with its statements (and those of everything it starts) counted in `counting`. */
  within<T>(counting: Counting, work: () => T): T {
    return this.context.run(counting, work);
  }

  stop(): void {
    pg.Client.prototype.query = this.original;
  }
}
