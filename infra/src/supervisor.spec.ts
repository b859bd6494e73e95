import { spawn } from 'node:child_process';

import type { ServiceExit, WatchedService } from './embedded-postgres';
import { supervise } from './supervisor';

/** A real child process that lives `lifeMs` (forever when null), then exits with code 3. */
function startChild(lifeMs: number | null): Promise<WatchedService & { pid: number }> {
  const script =
    lifeMs === null
      ? 'setInterval(() => {}, 1000)'
      : `setTimeout(() => process.exit(3), ${lifeMs})`;
  const child = spawn(process.execPath, ['-e', script], { stdio: 'ignore' });
  const exited = new Promise<ServiceExit>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('spawn', () =>
      resolve({
        url: `pid:${child.pid}`,
        pid: child.pid!,
        exited,
        stop: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          await exited;
        },
      }),
    );
  });
}

const until = async (check: () => boolean, ms = 10_000) => {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe('supervise', () => {
  it('restarts a process that died, says so, and waits longer after each quick failure', async () => {
    const lines: string[] = [];
    const lives = [50, 50, null];
    const supervisor = await supervise({
      name: 'Worker',
      start: () => startChild(lives.shift() ?? null),
      say: (line) => lines.push(line),
      initialDelayMs: 100,
    });
    const first = supervisor.current()!;
    await until(() => supervisor.restarts === 2);
    expect(lines).toEqual([
      'Worker stopped unexpectedly (exit code 3); restarting in 0.1 s.',
      'Worker is running again.',
      'Worker stopped unexpectedly (exit code 3); restarting in 0.2 s.',
      'Worker is running again.',
    ]);
    const running = supervisor.current()!;
    expect(running.url).not.toBe(first.url);
    // Killed from outside, it is restarted too.
    process.kill((running as { pid: number } & WatchedService).pid, 'SIGKILL');
    await until(() => supervisor.restarts === 3);
    expect(lines[4]).toBe('Worker stopped unexpectedly (signal SIGKILL); restarting in 0.4 s.');
    await supervisor.stop();
    expect(supervisor.current()).toBeDefined();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(supervisor.restarts).toBe(3);
    expect(lines).toHaveLength(6);
  });

  it('gives up after too many quick failures, with a clear message', async () => {
    const lines: string[] = [];
    let gaveUp: string | undefined;
    const supervisor = await supervise({
      name: 'Worker',
      start: () => startChild(20),
      say: (line) => lines.push(line),
      initialDelayMs: 50,
      maxDelayMs: 100,
      maxQuickFailures: 3,
      onGiveUp: (reason) => (gaveUp = reason),
    });
    await until(() => gaveUp !== undefined);
    expect(lines.filter((line) => line.includes('restarting in'))).toEqual([
      'Worker stopped unexpectedly (exit code 3); restarting in 0.1 s.',
      'Worker stopped unexpectedly (exit code 3); restarting in 0.1 s.',
      'Worker stopped unexpectedly (exit code 3); restarting in 0.1 s.',
    ]);
    expect(gaveUp).toBe(
      'Worker stopped unexpectedly 4 times in a row; LGX stops trying. Look at the messages above, then start LGX again.',
    );
    expect(supervisor.current()).toBeUndefined();
    await supervisor.stop();
  });

  it('keeps trying, with back-off, while the service cannot be started', async () => {
    const lines: string[] = [];
    let attempts = 0;
    const supervisor = await supervise({
      name: 'Worker',
      start: async () => {
        attempts++;
        if (attempts === 1) return startChild(20);
        if (attempts < 4) throw new Error('port 7700 is in use\nmore detail');
        return startChild(null);
      },
      say: (line) => lines.push(line),
      initialDelayMs: 50,
    });
    await until(() => supervisor.restarts === 1);
    expect(lines).toEqual([
      'Worker stopped unexpectedly (exit code 3); restarting in 0.1 s.',
      'Worker could not be restarted (port 7700 is in use); trying again in 0.1 s.',
      'Worker could not be restarted (port 7700 is in use); trying again in 0.2 s.',
      'Worker is running again.',
    ]);
    await supervisor.stop();
  });

  it('does not restart a service it was asked to stop', async () => {
    const lines: string[] = [];
    const supervisor = await supervise({
      name: 'Worker',
      start: () => startChild(null),
      say: (line) => lines.push(line),
      initialDelayMs: 10,
    });
    await supervisor.stop();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(lines).toEqual([]);
    expect(supervisor.restarts).toBe(0);
  });
});
