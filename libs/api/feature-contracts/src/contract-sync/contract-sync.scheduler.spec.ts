import { CONTRACT_SYNC_DEFAULTS } from '@lgx/api/core/config';
import { JobHandlers, type JobOptions, type JobQueue } from '@lgx/api/core/jobs';

import { CONTRACT_SYNC_JOB, ContractSyncScheduler } from './contract-sync.scheduler';
import type { ContractSyncService } from './contract-sync.service';

const NOW = Date.parse('2026-12-01T12:00:00Z');

function fakeSync(enabled: boolean) {
  const signals: AbortSignal[] = [];
  const sync = {
    settings: { ...CONTRACT_SYNC_DEFAULTS, enabled, intervalMinutes: 60 },
    firstRunDelayMs: 1_000,
    runOnce: jest.fn(async (signal: AbortSignal) => {
      signals.push(signal);
      return { ran: true, sources: [] };
    }),
  };
  const added: { name: string; options: JobOptions }[] = [];
  const queue = {
    add: jest.fn(async (name: string, _payload: unknown, options: JobOptions = {}) => {
      added.push({ name, options });
      return String(added.length);
    }),
  };
  const handlers = new JobHandlers();
  const scheduler = new ContractSyncScheduler(
    sync as unknown as ContractSyncService,
    handlers,
    queue as unknown as JobQueue,
  );
  scheduler.onModuleInit();
  const handler = handlers.taskList()[CONTRACT_SYNC_JOB]!;
  /** Runs the queued job as the worker would, with its abort signal. */
  const runJob = (signal = new AbortController().signal) =>
    handler({}, {
      job: { id: '1', attempts: 1, max_attempts: 25, key: CONTRACT_SYNC_JOB },
      abortSignal: signal,
    } as never);
  return { sync, signals, added, scheduler, runJob };
}

describe('ContractSyncScheduler on the job queue', () => {
  beforeEach(() => jest.useFakeTimers({ now: NOW }));
  afterEach(() => jest.useRealTimers());

  it('queues nothing, and runs nothing, when CONTRACTS_SYNC is off', async () => {
    const { sync, added, scheduler, runJob } = fakeSync(false);
    await scheduler.onApplicationBootstrap();
    expect(added).toEqual([]);
    // A run queued while the sync was on completes without syncing.
    await runJob();
    expect(sync.runOnce).not.toHaveBeenCalled();
    expect(added).toEqual([]);
  });

  it('queues the first run shortly after start, keeping a run another process already queued', async () => {
    const { added, scheduler } = fakeSync(true);
    await scheduler.onApplicationBootstrap();
    expect(added).toEqual([
      {
        name: CONTRACT_SYNC_JOB,
        options: {
          jobKey: CONTRACT_SYNC_JOB,
          jobKeyMode: 'preserve_run_at',
          runAt: new Date(NOW + 1_000),
        },
      },
    ]);
  });

  it('runs the sync with the job signal, then queues the next run one interval later', async () => {
    const { sync, signals, added, runJob } = fakeSync(true);
    const controller = new AbortController();
    await runJob(controller.signal);
    expect(sync.runOnce).toHaveBeenCalledTimes(1);
    expect(signals[0]).toBe(controller.signal);
    expect(added).toEqual([
      {
        name: CONTRACT_SYNC_JOB,
        options: {
          jobKey: CONTRACT_SYNC_JOB,
          jobKeyMode: 'replace',
          runAt: new Date(NOW + 60 * 60_000),
        },
      },
    ]);
  });

  it('keeps its schedule after a run that throws', async () => {
    const { sync, added, runJob } = fakeSync(true);
    sync.runOnce.mockRejectedValueOnce(new Error('database gone'));
    await expect(runJob()).resolves.toBeUndefined();
    expect(added.map((job) => job.options.runAt)).toEqual([new Date(NOW + 60 * 60_000)]);
  });

  it('after a run stopped by a shutdown, queues the next one soon, to resume where it stopped', async () => {
    const { added, runJob } = fakeSync(true);
    const controller = new AbortController();
    controller.abort();
    await runJob(controller.signal);
    expect(added.map((job) => job.options.runAt)).toEqual([new Date(NOW + 1_000)]);
  });
});
