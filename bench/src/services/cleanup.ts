const STEP_TIMEOUT_MS = 20_000;

/**
 * What to undo, in reverse order of doing: stop the API and the services,
 * drop what the bench created, remove the temporary folder. Runs once,
 * whether the bench finished, failed or was interrupted.
 */
export class Cleanup {
  private readonly steps: { name: string; run: () => Promise<void> | void }[] = [];
  private readonly lastResorts: (() => void)[] = [];
  private running?: Promise<void>;

  constructor() {
    // If the process exits before the steps finish (a second Ctrl-C, a crash), the
    // synchronous last resorts still run: kill children, remove the temporary folder.
    process.once('exit', () => this.lastResorts.forEach((step) => step()));
  }

  add(name: string, run: () => Promise<void> | void): void {
    this.steps.push({ name, run });
  }

  /** Something synchronous to do if the process exits before run() completes. */
  addLastResort(step: () => void): void {
    this.lastResorts.push(() => {
      try {
        step();
      } catch {
        // exiting anyway
      }
    });
  }

  run(): Promise<void> {
    this.running ??= (async () => {
      for (const step of this.steps.reverse()) {
        let timer: NodeJS.Timeout | undefined;
        try {
          await Promise.race([
            step.run(),
            new Promise((_resolve, reject) => {
              timer = setTimeout(
                () => reject(new Error(`no answer within ${STEP_TIMEOUT_MS / 1000} s`)),
                STEP_TIMEOUT_MS,
              );
            }),
          ]);
        } catch (error) {
          console.error(`  While stopping (${step.name}): ${(error as Error).message}`);
        } finally {
          clearTimeout(timer);
        }
      }
    })();
    return this.running;
  }
}
