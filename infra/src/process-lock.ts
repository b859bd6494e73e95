import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export class AlreadyRunningError extends Error {
  constructor(readonly pid: number) {
    super(
      `LGX is already running from this folder (process ${pid}). ` +
        'Stop it with Ctrl-C in its terminal first, or set LGX_DATA_DIR to run a second copy with its own data.',
    );
    this.name = 'AlreadyRunningError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the data folder's lock so two runners never share one database. A
 * lock left by a process that has died is taken over.
 */
export function acquireLock(dataDir: string): { release: () => void } {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'lgx.pid');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.removeListener('exit', release);
        rmSync(file, { force: true });
      };
      // Released however the process ends, even by another library's process.exit().
      process.once('exit', release);
      return { release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) {
        throw new AlreadyRunningError(pid);
      }
      rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not take the lock ${file}`);
}
