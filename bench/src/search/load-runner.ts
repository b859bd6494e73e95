import path from 'node:path';
import { Worker } from 'node:worker_threads';

import type { LoadJob, LoadResult } from './load-protocol';

/** Runs load jobs in a worker thread (started through the same TypeScript loader as the bench). */
export class LoadRunner {
  private readonly worker: Worker;
  private nextId = 1;
  private readonly pending = new Map<number, (result: LoadResult) => void>();

  constructor() {
    this.worker = new Worker(
      `require(${JSON.stringify(require.resolve('@swc-node/register'))}); require(${JSON.stringify(path.join(__dirname, 'load-worker.ts'))});`,
      { eval: true },
    );
    this.worker.on('message', (result: LoadResult) => {
      this.pending.get(result.id)?.(result);
      this.pending.delete(result.id);
    });
    this.worker.on('error', (error) => {
      for (const resolve of this.pending.values())
        resolve({
          id: 0,
          latencies: [],
          indices: [],
          errors: 1,
          firstError: error.message,
          seconds: 0,
        });
      this.pending.clear();
    });
  }

  run(job: Omit<LoadJob, 'id'>): Promise<LoadResult> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.worker.postMessage({ ...job, id });
    });
  }

  stop(): Promise<number> {
    return this.worker.terminate();
  }
}
