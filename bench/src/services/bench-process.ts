import { UsageError } from '../cli-options';
import type { Cleanup } from './cleanup';

/**
 * Runs a benchmark's main function as the process: on success, failure or
 * Ctrl-C it cleans up (API, services, temporary folder) and exits; a failure
 * names the step it happened in, and a usage error prints the usage.
 */
export function runBenchProcess(options: {
  main: () => Promise<void>;
  cleanup: Cleanup;
  /** The step under way, for messages. */
  phase: () => string;
  usage: string;
}): void {
  const { cleanup, phase } = options;
  let interrupted = false;
  const interrupt = (signal: string) => {
    if (interrupted) process.exit(130);
    interrupted = true;
    console.error(
      `\n${signal} while ${phase()}: stopping the API and the services, removing temporary files...`,
    );
    void cleanup.run().finally(() => process.exit(130));
  };
  process.on('SIGINT', () => interrupt('SIGINT'));
  process.on('SIGTERM', () => interrupt('SIGTERM'));
  options.main().then(
    async () => {
      await cleanup.run();
      process.exit(0);
    },
    async (error: unknown) => {
      if (interrupted) return;
      if (error instanceof UsageError) {
        if (error.message) console.error(error.message);
        console.error(options.usage);
        process.exit(2);
      }
      console.error(
        `\nThe benchmark failed while ${phase()}: ${error instanceof Error ? error.message : String(error)}`,
      );
      if (error instanceof Error && error.stack && process.env['BENCH_DEBUG'])
        console.error(error.stack);
      console.error('Cleaning up...');
      await cleanup.run();
      process.exit(1);
    },
  );
}
