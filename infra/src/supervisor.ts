import type { ServiceExit, WatchedService } from './embedded-postgres';

export interface SupervisorOptions<Service extends WatchedService> {
  /** As people know it, e.g. "Meilisearch". */
  name: string;
  /** Starts the service and resolves once it is ready; rejects when it cannot start. */
  start: () => Promise<Service>;
  /** Where the supervisor says what it does. */
  say: (line: string) => void;
  /** The first wait before a restart (default 1 s); doubled after each quick failure. */
  initialDelayMs?: number;
  /** The longest wait between restarts (default 30 s). */
  maxDelayMs?: number;
  /** A run at least this long was not a quick failure: the back-off starts again (default 60 s). */
  stableAfterMs?: number;
  /** Quick failures in a row after which it stops trying (default 5). */
  maxQuickFailures?: number;
  /** Called once the supervisor has given up; the service stays stopped. */
  onGiveUp?: (reason: string) => void;
  /** Called after each successful restart, with the new service. */
  onRestart?: (service: Service) => void;
  /** False while the whole platform is stopping (a Ctrl-C reaches the services too). */
  shouldRestart?: () => boolean;
}

export interface Supervisor<Service extends WatchedService> {
  /** The running service (the latest one after restarts), or undefined between them. */
  current: () => Service | undefined;
  /** How many times it was restarted. */
  readonly restarts: number;
  /** Stops the service and any restart waiting; it is not restarted after this. */
  stop: () => Promise<void>;
}

const SETTLE_MS = 250;

const describeExit = ({ code, signal }: ServiceExit) =>
  signal ? `signal ${signal}` : `exit code ${code ?? 'unknown'}`;

const inWords = (ms: number) => `${Math.round(ms / 100) / 10} s`;

/**
 * Starts a service and restarts it whenever it stops without being asked to,
 * waiting 1, 2, 4... s (at most 30 s) between tries; a service that keeps
 * failing quickly is given up on, with a message saying so.
 */
export async function supervise<Service extends WatchedService>(
  options: SupervisorOptions<Service>,
): Promise<Supervisor<Service>> {
  return new ServiceSupervisor(options, await options.start());
}

interface Limits {
  initialDelay: number;
  maxDelay: number;
  stableAfter: number;
  maxQuickFailures: number;
}

const limitsOf = (
  options: Pick<
    SupervisorOptions<WatchedService>,
    'initialDelayMs' | 'maxDelayMs' | 'stableAfterMs' | 'maxQuickFailures'
  >,
): Limits => ({
  initialDelay: options.initialDelayMs ?? 1_000,
  maxDelay: options.maxDelayMs ?? 30_000,
  stableAfter: options.stableAfterMs ?? 60_000,
  maxQuickFailures: options.maxQuickFailures ?? 5,
});

/** One supervised service: the one running, and how it has failed so far. */
class ServiceSupervisor<Service extends WatchedService> implements Supervisor<Service> {
  private readonly limits: Limits;
  private service: Service | undefined;
  private startedAt = Date.now();
  private stopping = false;
  private quickFailures = 0;
  private restartCount = 0;
  private wait: { timer: NodeJS.Timeout; resolve: () => void } | undefined;

  constructor(
    private readonly options: SupervisorOptions<Service>,
    first: Service,
  ) {
    this.limits = limitsOf(options);
    this.service = first;
    this.watch(first);
  }

  readonly current = () => this.service;

  get restarts() {
    return this.restartCount;
  }

  readonly stop = async () => {
    this.stopping = true;
    if (this.wait) {
      clearTimeout(this.wait.timer);
      this.wait.resolve();
    }
    await this.service?.stop();
  };

  private wanted() {
    return !this.stopping && (this.options.shouldRestart?.() ?? true);
  }

  private watch(running: Service) {
    void running.exited.then(async (exit) => {
      // A Ctrl-C reaches the service and the runner at once: let the runner's stop be known first.
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      if (this.wanted() && this.service === running) void this.recover(exit);
    });
  }

  /** After the service ended: wait, restart, and watch the new one; until it runs or we give up. */
  private async recover(exit: ServiceExit): Promise<void> {
    const { name, say } = this.options;
    const { initialDelay, maxDelay, stableAfter, maxQuickFailures } = this.limits;
    this.service = undefined;
    this.quickFailures = Date.now() - this.startedAt < stableAfter ? this.quickFailures + 1 : 1;
    if (this.quickFailures > maxQuickFailures) return this.giveUp('stopped unexpectedly');
    let delay = Math.min(maxDelay, initialDelay * 2 ** (this.quickFailures - 1));
    say(`${name} stopped unexpectedly (${describeExit(exit)}); restarting in ${inWords(delay)}.`);
    for (;;) {
      await this.sleep(delay);
      if (!this.wanted()) return;
      try {
        return await this.restart();
      } catch (error) {
        this.quickFailures++;
        if (this.quickFailures > maxQuickFailures) return this.giveUp('could not be started');
        delay = Math.min(maxDelay, delay * 2);
        say(
          `${name} could not be restarted (${firstLine(error)}); trying again in ${inWords(delay)}.`,
        );
      }
    }
  }

  /** Starts the service again and watches it; rejects when it cannot start. */
  private async restart(): Promise<void> {
    const started = await this.options.start();
    if (this.stopping) {
      await started.stop();
      return;
    }
    this.service = started;
    this.startedAt = Date.now();
    this.restartCount++;
    this.options.say(`${this.options.name} is running again.`);
    this.options.onRestart?.(started);
    this.watch(started);
  }

  private sleep(ms: number) {
    return new Promise<void>((resolve) => {
      this.wait = { timer: setTimeout(resolve, ms), resolve };
    }).finally(() => (this.wait = undefined));
  }

  private giveUp(why: string) {
    const reason =
      `${this.options.name} ${why} ${this.quickFailures} times in a row; LGX stops trying. ` +
      `Look at the messages above, then start LGX again.`;
    this.options.say(reason);
    this.options.onGiveUp?.(reason);
  }
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.slice(0, 200);
}
