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
  const initialDelay = options.initialDelayMs ?? 1_000;
  const maxDelay = options.maxDelayMs ?? 30_000;
  const stableAfter = options.stableAfterMs ?? 60_000;
  const maxQuickFailures = options.maxQuickFailures ?? 5;
  const { name, say } = options;

  let service: Service | undefined = await options.start();
  let startedAt = Date.now();
  let stopping = false;
  let quickFailures = 0;
  let restarts = 0;
  let wait: { timer: NodeJS.Timeout; resolve: () => void } | undefined;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      wait = { timer: setTimeout(resolve, ms), resolve };
    }).finally(() => (wait = undefined));

  const giveUp = (why: string) => {
    const reason =
      `${name} ${why} ${quickFailures} times in a row; LGX stops trying. ` +
      `Look at the messages above, then start LGX again.`;
    say(reason);
    options.onGiveUp?.(reason);
  };

  /** After the service ended: wait, restart, and watch the new one; until it runs or we give up. */
  const recover = async (exit: ServiceExit): Promise<void> => {
    service = undefined;
    quickFailures = Date.now() - startedAt < stableAfter ? quickFailures + 1 : 1;
    if (quickFailures > maxQuickFailures) return giveUp('stopped unexpectedly');
    let delay = Math.min(maxDelay, initialDelay * 2 ** (quickFailures - 1));
    say(`${name} stopped unexpectedly (${describeExit(exit)}); restarting in ${inWords(delay)}.`);
    for (;;) {
      await sleep(delay);
      if (!wanted()) return;
      try {
        const started = await options.start();
        if (stopping) {
          await started.stop();
          return;
        }
        service = started;
        startedAt = Date.now();
        restarts++;
        say(`${name} is running again.`);
        options.onRestart?.(started);
        watch(started);
        return;
      } catch (error) {
        quickFailures++;
        if (quickFailures > maxQuickFailures) return giveUp('could not be started');
        delay = Math.min(maxDelay, delay * 2);
        say(
          `${name} could not be restarted (${firstLine(error)}); trying again in ${inWords(delay)}.`,
        );
      }
    }
  };

  const wanted = () => !stopping && (options.shouldRestart?.() ?? true);
  const watch = (running: Service) => {
    void running.exited.then(async (exit) => {
      // A Ctrl-C reaches the service and the runner at once: let the runner's stop be known first.
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      if (wanted() && service === running) void recover(exit);
    });
  };
  watch(service);

  return {
    current: () => service,
    get restarts() {
      return restarts;
    },
    stop: async () => {
      stopping = true;
      if (wait) {
        clearTimeout(wait.timer);
        wait.resolve();
      }
      await service?.stop();
    },
  };
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.slice(0, 200);
}
