import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';
import path from 'node:path';

/**
 * How an API process is started, from the repository's root: the compiled
 * release, as production runs it (`npm run start:prod`); `npm run cluster`
 * builds it first (`npm run build:api`, about a second).
 */
export const API_COMMAND: readonly string[] = ['--enable-source-maps', 'dist/apps/api/main.js'];

const READY_LINE = /LGX API ready/;
const START_LIMIT_MS = 120_000;

/** One API process of the cluster: started, killed and started again by name. */
export class ApiProcess {
  private child?: ChildProcess;
  private log?: WriteStream;
  /** Each start, with how long it took to be ready (ms). */
  readonly starts: number[] = [];

  constructor(
    readonly name: string,
    readonly port: number,
    private readonly env: NodeJS.ProcessEnv,
    private readonly root: string,
    private readonly logDir: string,
  ) {}

  get address(): string {
    return `127.0.0.1:${this.port}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get running(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Starts the process and resolves once it says it is ready (its output goes to <name>.log). */
  start(): Promise<void> {
    const started = Date.now();
    this.log ??= createWriteStream(path.join(this.logDir, `${this.name}.log`), { flags: 'a' });
    const child = spawn(process.execPath, [...API_COMMAND], {
      cwd: this.root,
      env: { ...this.env, PORT: String(this.port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    // Whatever ends the runner, the API goes too.
    const killOnExit = () => child.kill('SIGKILL');
    process.once('exit', killOnExit);
    child.once('exit', () => process.removeListener('exit', killOnExit));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${this.name} was not ready within ${START_LIMIT_MS / 1000} s.`)),
        START_LIMIT_MS,
      );
      const onOutput = (chunk: Buffer) => {
        this.log?.write(chunk);
        if (READY_LINE.test(chunk.toString('utf8'))) {
          clearTimeout(timer);
          this.starts.push(Date.now() - started);
          resolve();
        }
      };
      child.stdout?.on('data', onOutput);
      child.stderr?.on('data', onOutput);
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        this.log?.write(`\n[cluster] ${this.name} ended (code ${code}, signal ${signal})\n`);
        reject(new Error(`${this.name} stopped during start-up (code ${code}, signal ${signal}).`));
      });
    });
  }

  /** Sends a signal and resolves when the process has ended, with how long that took (ms). */
  async stop(signal: NodeJS.Signals, limitMs = 30_000): Promise<number> {
    const child = this.child;
    if (!child || !this.running) return 0;
    const sent = Date.now();
    const ended = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), limitMs);
    await ended;
    clearTimeout(timer);
    return Date.now() - sent;
  }

  /** Stops for good (SIGTERM, then SIGKILL after 10 s) and closes the log. */
  async close(): Promise<void> {
    await this.stop('SIGTERM', 10_000);
    await new Promise<void>((resolve) => (this.log ? this.log.end(resolve) : resolve()));
  }
}
