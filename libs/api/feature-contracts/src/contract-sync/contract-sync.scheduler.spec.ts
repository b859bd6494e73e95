import { CONTRACT_SYNC_DEFAULTS } from '@lgx/api/core/config';

import { ContractSyncScheduler } from './contract-sync.scheduler';
import type { ContractSyncService } from './contract-sync.service';

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
  return {
    sync,
    signals,
    scheduler: new ContractSyncScheduler(sync as unknown as ContractSyncService),
  };
}

describe('ContractSyncScheduler', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('starts nothing when CONTRACTS_SYNC is off', async () => {
    const { sync, scheduler } = fakeSync(false);
    scheduler.onModuleInit();
    await jest.advanceTimersByTimeAsync(24 * 3_600_000);
    expect(sync.runOnce).not.toHaveBeenCalled();
  });

  it('runs shortly after start, then every interval, and stops with the module', async () => {
    const { sync, signals, scheduler } = fakeSync(true);
    scheduler.onModuleInit();
    await jest.advanceTimersByTimeAsync(999);
    expect(sync.runOnce).toHaveBeenCalledTimes(0);
    await jest.advanceTimersByTimeAsync(1);
    expect(sync.runOnce).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(60 * 60_000);
    expect(sync.runOnce).toHaveBeenCalledTimes(2);

    await scheduler.onModuleDestroy();
    expect(signals[0]!.aborted).toBe(true);
    await jest.advanceTimersByTimeAsync(24 * 3_600_000);
    expect(sync.runOnce).toHaveBeenCalledTimes(2);
  });

  it('keeps its schedule after a run that throws', async () => {
    const { sync, scheduler } = fakeSync(true);
    sync.runOnce.mockRejectedValueOnce(new Error('database gone'));
    scheduler.onModuleInit();
    await jest.advanceTimersByTimeAsync(1_000 + 60 * 60_000);
    expect(sync.runOnce).toHaveBeenCalledTimes(2);
    await scheduler.onModuleDestroy();
  });
});
