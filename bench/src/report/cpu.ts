import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/** Linux's clock ticks per second for /proc times (USER_HZ, 100 on every common build). */
const TICKS = 100;

/** CPU seconds from a /proc stat file (a process, or one thread); undefined without /proc. */
function cpuSeconds(statFile: string | undefined): number | undefined {
  if (!statFile) return undefined;
  try {
    const stat = readFileSync(statFile, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS;
  } catch {
    return undefined;
  }
}

/** Busy and total CPU time of the whole machine, from /proc/stat. */
function machineTicks(): { busy: number; total: number } | undefined {
  try {
    const [cpu] = readFileSync('/proc/stat', 'utf8').split('\n');
    const values = cpu!.trim().split(/\s+/).slice(1).map(Number);
    const idle = values[3]! + (values[4] ?? 0);
    const total = values.reduce((sum, value) => sum + value, 0);
    return { busy: total - idle, total };
  } catch {
    return undefined;
  }
}

/** Where CPU went during a stretch of time. */
export interface CpuUse {
  seconds: number;
  /** Share of the time the API's event loop (this thread) was busy, descheduled time included. */
  apiEventLoop: number;
  /** CPU seconds of the API's thread (this process's main thread). */
  apiCpuSeconds?: number;
  /** CPU seconds of Meilisearch's process (when the bench started it). */
  meilisearchCpuSeconds?: number;
  /** Share of the machine's CPU time that was busy, whoever used it (the machine is shared). */
  machineBusy?: number;
}

/** Starts measuring; the returned function ends it. */
export function watchCpu(meilisearchPid: number | undefined): () => CpuUse {
  const apiStat = `/proc/${process.pid}/task/${process.pid}/stat`;
  const meiliStat = meilisearchPid === undefined ? undefined : `/proc/${meilisearchPid}/stat`;
  const loop = performance.eventLoopUtilization();
  const api = cpuSeconds(apiStat);
  const meili = cpuSeconds(meiliStat);
  const machine = machineTicks();
  const started = performance.now();
  return () => {
    const apiEnd = cpuSeconds(apiStat);
    const meiliEnd = cpuSeconds(meiliStat);
    const machineEnd = machineTicks();
    const round = (value: number) => Math.round(value * 1000) / 1000;
    return {
      seconds: round((performance.now() - started) / 1000),
      apiEventLoop: round(performance.eventLoopUtilization(loop).utilization),
      apiCpuSeconds: api !== undefined && apiEnd !== undefined ? round(apiEnd - api) : undefined,
      meilisearchCpuSeconds:
        meili !== undefined && meiliEnd !== undefined ? round(meiliEnd - meili) : undefined,
      machineBusy:
        machine && machineEnd
          ? round((machineEnd.busy - machine.busy) / Math.max(1, machineEnd.total - machine.total))
          : undefined,
    };
  };
}

/** Sums stretches measured one after another. */
export function addCpu(uses: CpuUse[]): CpuUse {
  const sum = (pick: (use: CpuUse) => number | undefined) =>
    uses.some((use) => pick(use) === undefined)
      ? undefined
      : uses.reduce((total, use) => total + pick(use)!, 0);
  const seconds = sum((use) => use.seconds) ?? 0;
  const weighted = (pick: (use: CpuUse) => number | undefined) => {
    const total = sum((use) => (pick(use) === undefined ? undefined : pick(use)! * use.seconds));
    return total === undefined ? undefined : total / Math.max(seconds, 0.001);
  };
  return {
    seconds,
    apiEventLoop: weighted((use) => use.apiEventLoop) ?? 0,
    apiCpuSeconds: sum((use) => use.apiCpuSeconds),
    meilisearchCpuSeconds: sum((use) => use.meilisearchCpuSeconds),
    machineBusy: weighted((use) => use.machineBusy),
  };
}

/** "the API's thread used 0.41 cores, Meilisearch 1.38, the machine was 100% busy" */
export function describeCpu(use: CpuUse): string {
  const cores = (cpu: number | undefined) =>
    cpu === undefined ? undefined : (cpu / Math.max(use.seconds, 0.001)).toFixed(2);
  return [
    cores(use.apiCpuSeconds) && `the API's thread used ${cores(use.apiCpuSeconds)} cores`,
    cores(use.meilisearchCpuSeconds) && `Meilisearch ${cores(use.meilisearchCpuSeconds)} cores`,
    use.machineBusy !== undefined && `the machine was ${Math.round(use.machineBusy * 100)}% busy`,
  ]
    .filter(Boolean)
    .join(', ');
}
