import type { Server } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';

import type { ShutdownConfig } from '@lgx/api/core/config';
import {
  type INestApplication,
  Injectable,
  Logger,
  type OnApplicationShutdown,
} from '@nestjs/common';

import { closeConnectionsWhen, closeHttpServer } from './close-http-server';

const SIGNALS: NodeJS.Signals[] = ['SIGTERM', 'SIGINT'];

/**
 * The one place that stops an API process (decision 0067). On SIGTERM or SIGINT:
 * readiness fails at once (the load balancer stops sending) while the process
 * still serves for `delayMs`; then it stops accepting connections and answers
 * the requests in flight; then Nest's shutdown hooks stop the job worker (its
 * running jobs finish), finish the search indexing batch held, and close the
 * pools; then the process exits 0. Past `timeoutMs` it exits 1, and PostgreSQL
 * releases what it held (jobs, outbox rows) for another process.
 */
@Injectable()
export class GracefulShutdown implements OnApplicationShutdown {
  private readonly logger = new Logger('Shutdown');
  private signal?: NodeJS.Signals;
  private readonly listeners: [NodeJS.Signals, (signal: NodeJS.Signals) => void][] = [];

  /** Whether a shutdown has begun: /health/ready answers 503 "shutting down". */
  get draining(): boolean {
    return this.signal !== undefined;
  }

  /** Handles the process's stop signals for this app (instead of Nest's enableShutdownHooks). */
  handleSignals(
    app: INestApplication,
    config: ShutdownConfig,
    exit: (code: number) => void = (code) => process.exit(code),
  ): void {
    closeConnectionsWhen(app.getHttpServer() as Server, () => this.draining);
    const onSignal = (signal: NodeJS.Signals) => {
      if (this.draining) {
        this.logger.warn(`${signal} again: already shutting down since ${this.signal}`);
        return;
      }
      const bound = setTimeout(() => {
        this.logger.error(
          `Shutdown not finished ${config.timeoutMs} ms after ${signal}: exiting now; what this process held is released`,
        );
        exit(1);
      }, config.timeoutMs);
      this.drain(app, signal, config).then(
        () => {
          clearTimeout(bound);
          exit(0);
        },
        (error: unknown) => {
          clearTimeout(bound);
          this.logger.error(`Shutdown failed: ${(error as Error).message}`);
          exit(1);
        },
      );
    };
    for (const signal of SIGNALS) {
      process.on(signal, onSignal);
      this.listeners.push([signal, onSignal]);
    }
  }

  /** The sequence itself, without exiting. */
  async drain(app: INestApplication, signal: NodeJS.Signals, config: ShutdownConfig) {
    this.signal = signal;
    this.logger.log(
      `${signal}: not ready from now; serving ${config.delayMs} ms more while the load balancer stops sending`,
    );
    await delay(config.delayMs);
    await closeHttpServer(app.getHttpServer() as Server);
    this.logger.log('Not accepting connections; every request in flight answered');
    // Nest's hooks: the job worker stops, the indexing batch finishes, the pools close.
    await app.close();
    this.logger.log('Stopped: jobs, search indexing and connections closed');
  }

  /** An app closed by its owner (tests, the bench) stops listening; a draining one is exiting anyway. */
  onApplicationShutdown(): void {
    if (this.draining) return;
    for (const [signal, listener] of this.listeners.splice(0)) process.off(signal, listener);
  }
}
