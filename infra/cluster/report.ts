import type { StoredFacts } from './checks';
import type { BurstFigures } from './rate-limit-burst';
import type { SentWrite } from './writes';

/** Latency percentiles in milliseconds. */
export interface Latencies {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** The nearest-rank percentiles of `durations` (ms). */
export function latencyFigures(durations: readonly number[]): Latencies {
  const sorted = durations.map((duration) => Math.round(duration)).sort((a, b) => a - b);
  const rank = (p: number) =>
    sorted.length === 0
      ? 0
      : sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
  return {
    count: sorted.length,
    p50: rank(0.5),
    p95: rank(0.95),
    p99: rank(0.99),
    max: sorted.at(-1) ?? 0,
  };
}

/** One target of the run: met or not, with the counts that say so. */
export interface Target {
  name: string;
  met: boolean;
  counts: string;
}

export interface RunOutcome {
  reads: { requests: number; failures: Record<string, number> };
  writes: SentWrite[];
  /** Milliseconds from acknowledgement to the index, by case study id. */
  searchDelays: Map<string, number>;
  stored: StoredFacts;
  burst?: BurstFigures;
  /** Search lag allowed, ms (2,000). */
  searchableWithinMs: number;
  /** When the load started (ms since the epoch), to say when late writes were acknowledged. */
  loadStart: number;
}

const sum = (values: Iterable<number>) => [...values].reduce((total, value) => total + value, 0);

function readsTarget({ reads }: RunOutcome): Target {
  const failed = sum(Object.values(reads.failures));
  const detail = Object.entries(reads.failures).map(([why, count]) => `${why}: ${count}`);
  return {
    name: 'zero failed reads',
    met: reads.requests > 0 && failed === 0,
    counts: `${reads.requests} reads, ${failed} failed${detail.length ? ` (${detail.join(', ')})` : ''}`,
  };
}

/** A write the API acknowledged: with its new case study, or as ALREADY_APPLIED on a retry. */
const acknowledged = (write: SentWrite) => write.ackedAt !== undefined;

/**
 * Gives each write acknowledged as ALREADY_APPLIED (its answer had no id) the
 * id stored under its title, when exactly one is.
 */
export function resolveAppliedEarlier(writes: SentWrite[], stored: StoredFacts): void {
  for (const write of writes) {
    const ids = stored.stored.get(write.title) ?? [];
    if (write.appliedEarlier && ids.length === 1) write.id = ids[0];
  }
}

function storedOnceTarget({ writes, stored, loadStart }: RunOutcome): Target {
  const acked = writes.filter(acknowledged);
  const exactlyOnce = acked.filter((write) => {
    const ids = stored.stored.get(write.title) ?? [];
    return ids.length === 1 && ids[0] === write.id;
  }).length;
  const unacked = writes.filter((write) => !acknowledged(write));
  const unackedStored = unacked.filter((write) => stored.stored.has(write.title)).length;
  const reasons = new Map<string, number>();
  for (const write of unacked)
    reasons.set(write.failure ?? '?', (reasons.get(write.failure ?? '?') ?? 0) + 1);
  const sentAt = unacked
    .slice(0, 5)
    .map((write) => `${((write.sentAt - loadStart) / 1000).toFixed(1)} s`);
  const why = [...reasons]
    .map(([reason, count]) => `${reason}: ${count}`)
    .concat(sentAt.length ? [`sent at ${sentAt.join(', ')}`] : [])
    .join('; ');
  const duplicates = [...stored.stored.values()].filter((ids) => ids.length > 1).length;
  return {
    name: 'every acknowledged write stored exactly once',
    met: acked.length > 0 && exactlyOnce === acked.length && duplicates === 0,
    counts:
      `${writes.length} writes sent, ${acked.length} acknowledged, ${exactlyOnce} of them stored exactly once; ` +
      `${unacked.length} not acknowledged${why ? ` (${why})` : ''}, ${unackedStored} of those stored; ` +
      `${duplicates} titles stored twice`,
  };
}

/** The gap issue 19 left: a write cut off after its commit is now acknowledged when resent. */
function storedAcknowledgedTarget({ writes, stored }: RunOutcome): Target {
  const resent = writes.filter((write) => (write.attempts ?? 1) > 1);
  const ackedAfterRetry = resent.filter(acknowledged);
  const replayed = ackedAfterRetry.filter((write) => write.replayed).length;
  const appliedEarlier = ackedAfterRetry.filter((write) => write.appliedEarlier).length;
  const storedUnacked = writes.filter(
    (write) => !acknowledged(write) && stored.stored.has(write.title),
  ).length;
  return {
    name: 'every stored write acknowledged (a cut-off write on its retry)',
    met: storedUnacked === 0,
    counts:
      `${resent.length} writes sent again with their key, ${ackedAfterRetry.length} acknowledged after a retry ` +
      `(${replayed} with the stored answer, ${appliedEarlier} ALREADY_APPLIED); ` +
      `${storedUnacked} stored but never acknowledged`,
  };
}

function searchableTarget(outcome: RunOutcome): Target {
  const { writes, searchDelays, searchableWithinMs, loadStart } = outcome;
  // A write acknowledged as ALREADY_APPLIED had no id to watch for in the index.
  const acked = writes.filter((write) => write.id && !write.appliedEarlier);
  const found = acked.flatMap((write) => {
    const delay = searchDelays.get(write.id!);
    return delay === undefined ? [] : [{ delay, at: (write.ackedAt! - loadStart) / 1000 }];
  });
  const lateOnes = found.filter(({ delay }) => delay > searchableWithinMs);
  const late = lateOnes.length;
  const { p50, p95, max } = latencyFigures(found.map(({ delay }) => delay));
  const when = lateOnes.map(({ delay, at }) => `${delay} ms after ${at.toFixed(1)} s`).slice(0, 5);
  return {
    name: `every acknowledged write searchable within ${searchableWithinMs / 1000} s`,
    met: acked.length > 0 && found.length === acked.length && late === 0,
    counts:
      `${found.length} of ${acked.length} in the index, ${late} later than ${searchableWithinMs} ms` +
      `${when.length ? ` (${when.join(', ')})` : ''}, ${acked.length - found.length} never; ` +
      `lag p50 ${p50} ms, p95 ${p95} ms, max ${max} ms`,
  };
}

function wholeWritesTarget({ writes, stored }: RunOutcome): Target {
  const storedIds = [...stored.stored.values()].flat();
  const withoutOutbox = storedIds.filter((id) => !stored.enqueued.has(id)).length;
  // The audit line is written in the change's transaction: every stored write has exactly one.
  const storedWrites = writes.filter((write) => stored.stored.has(write.title));
  const unaudited = storedWrites.filter((write) => stored.audited.get(write.requestId) !== 1);
  const unauditedUnacked = unaudited.filter((write) => !acknowledged(write)).length;
  return {
    name: 'no write half-done',
    met: withoutOutbox === 0 && unaudited.length === 0,
    counts:
      `${storedIds.length} case studies stored, ${withoutOutbox} without their outbox row; ` +
      `${unaudited.length} stored without exactly one audit line (${unauditedUnacked} of them unacknowledged)`,
  };
}

function outboxTarget({ stored }: RunOutcome): Target {
  const { left, inserted, deleted, neverDrained, drainedTwice, retried } = stored.outbox;
  return {
    name: 'outbox drained exactly once',
    met: left === 0 && neverDrained === 0 && drainedTwice === 0 && inserted > 0,
    counts:
      `${inserted} rows enqueued during the run, ${deleted} drained, ${left} left, ` +
      `${neverDrained} never drained, ${drainedTwice} drained twice, ${retried} needed a retry`,
  };
}

function rateLimitTarget({ burst }: RunOutcome): Target {
  const name = 'rate limit holds across processes';
  if (!burst) return { name, met: false, counts: 'no burst was sent' };
  const other = Object.entries(burst.other).map(([status, count]) => `${status}: ${count}`);
  return {
    name,
    met:
      burst.statedLimit !== undefined &&
      burst.allowed === burst.statedLimit &&
      burst.refused === burst.sent - burst.allowed,
    counts:
      `one client sent ${burst.sent} at once: ${burst.allowed} let through, ${burst.refused} refused (429), ` +
      `limit stated ${burst.statedLimit ?? 'nowhere'}${other.length ? `, other: ${other.join(', ')}` : ''}`,
  };
}

/** Every target of the run, in the order the issue names them. */
export function evaluateTargets(outcome: RunOutcome): Target[] {
  return [
    readsTarget(outcome),
    storedOnceTarget(outcome),
    storedAcknowledgedTarget(outcome),
    searchableTarget(outcome),
    wholeWritesTarget(outcome),
    outboxTarget(outcome),
    rateLimitTarget(outcome),
  ];
}

/** A line of latency figures: "p50 12 ms, p95 40 ms, p99 80 ms (max 200 ms)". */
export function formatLatency({ p50, p95, p99, max }: Latencies): string {
  return `p50 ${p50} ms, p95 ${p95} ms, p99 ${p99} ms (max ${max} ms)`;
}
