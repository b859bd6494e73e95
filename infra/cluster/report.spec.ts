import type { StoredFacts } from './checks';
import { graphqlGet, readOutcome } from './reads';
import { evaluateTargets, latencyFigures, resolveAppliedEarlier, type RunOutcome } from './report';
import type { SentWrite } from './writes';

const T0 = 1_000_000;

function write(n: number, acked = true): SentWrite {
  return {
    title: `Cluster write run-DER-${n}`,
    requestId: `cluster-run-DER-${n}`,
    sentAt: T0,
    ...(acked ? { id: String(n), ackedAt: T0 + 1_000 } : { failure: 'HTTP 502' }),
  };
}

/** A run where everything went right: two acknowledged writes, one not (and not stored). */
function goodRun(): RunOutcome {
  const writes = [write(1), write(2), write(3, false)];
  const stored: StoredFacts = {
    stored: new Map([
      [writes[0]!.title, ['1']],
      [writes[1]!.title, ['2']],
    ]),
    audited: new Map([
      [writes[0]!.requestId, 1],
      [writes[1]!.requestId, 1],
    ]),
    enqueued: new Set(['1', '2']),
    outbox: { left: 0, inserted: 2, deleted: 2, neverDrained: 0, drainedTwice: 0, retried: 0 },
    drainMs: [100, 200],
    heldMs: [50, 60],
  };
  return {
    reads: { requests: 100, failures: {} },
    writes,
    searchDelays: new Map([
      ['1', 300],
      ['2', 1_900],
    ]),
    stored,
    burst: { sent: 100, allowed: 60, refused: 40, other: {}, statedLimit: 60 },
    searchableWithinMs: 2_000,
    loadStart: T0,
  };
}

const missed = (outcome: RunOutcome) =>
  evaluateTargets(outcome)
    .filter((target) => !target.met)
    .map((target) => target.name);

describe('evaluateTargets', () => {
  it('meets every target when everything went right', () => {
    expect(missed(goodRun())).toEqual([]);
  });

  it('misses "zero failed reads" on any failed read, and on no reads at all', () => {
    const failed = goodRun();
    failed.reads.failures = { 'HTTP 502': 1 };
    expect(missed(failed)).toEqual(['zero failed reads']);
    const none = goodRun();
    none.reads.requests = 0;
    expect(missed(none)).toEqual(['zero failed reads']);
  });

  it('misses "stored exactly once" for an acknowledged write stored twice, or not at all', () => {
    const twice = goodRun();
    twice.stored.stored.set(twice.writes[0]!.title, ['1', '9']);
    twice.stored.enqueued.add('9');
    expect(missed(twice)).toEqual(['every acknowledged write stored exactly once']);
    expect(evaluateTargets(twice)[1]!.counts).toContain(
      '1 not acknowledged (HTTP 502: 1; sent at 0.0 s)',
    );
    const lost = goodRun();
    lost.stored.stored.delete(lost.writes[1]!.title);
    expect(missed(lost)).toEqual(['every acknowledged write stored exactly once']);
  });

  it('misses "every stored write acknowledged" for a write stored but never acknowledged', () => {
    const cutOff = goodRun();
    cutOff.stored.stored.set(cutOff.writes[2]!.title, ['3']);
    cutOff.stored.audited.set(cutOff.writes[2]!.requestId, 1);
    cutOff.stored.enqueued.add('3');
    expect(missed(cutOff)).toEqual([
      'every stored write acknowledged (a cut-off write on its retry)',
    ]);
  });

  it('counts a cut-off write acknowledged on its retry, as ALREADY_APPLIED or replayed', () => {
    const run = goodRun();
    const [first, second, third] = run.writes;
    Object.assign(first!, { attempts: 2, replayed: true });
    // The third was stored by an attempt whose answer was lost; its retry heard ALREADY_APPLIED.
    Object.assign(third!, { attempts: 3, appliedEarlier: true, ackedAt: T0 + 2_000 });
    delete third!.failure;
    run.stored.stored.set(third!.title, ['3']);
    run.stored.audited.set(third!.requestId, 1);
    run.stored.enqueued.add('3');
    resolveAppliedEarlier(run.writes, run.stored);
    expect(third!.id).toBe('3');
    expect(second!.appliedEarlier).toBeUndefined();
    expect(missed(run)).toEqual([]);
    expect(evaluateTargets(run)[2]!.counts).toBe(
      '2 writes sent again with their key, 2 acknowledged after a retry ' +
        '(1 with the stored answer, 1 ALREADY_APPLIED); 0 stored but never acknowledged',
    );
    expect(evaluateTargets(run)[1]!.counts).toContain(
      '3 acknowledged, 3 of them stored exactly once',
    );
  });

  it('misses "searchable" for a write indexed late or never', () => {
    const late = goodRun();
    late.searchDelays.set('2', 2_001);
    expect(missed(late)).toEqual(['every acknowledged write searchable within 2 s']);
    expect(evaluateTargets(late)[3]!.counts).toContain('2001 ms after 1.0 s');
    const never = goodRun();
    never.searchDelays.delete('1');
    expect(missed(never)).toEqual(['every acknowledged write searchable within 2 s']);
  });

  it('misses "no write half-done" for a case study without its outbox row or audit line', () => {
    const storedUnacked = goodRun();
    storedUnacked.stored.stored.set(storedUnacked.writes[2]!.title, ['3']);
    storedUnacked.stored.enqueued.add('3');
    expect(missed(storedUnacked)).toContain('no write half-done');
    const noOutbox = goodRun();
    noOutbox.stored.enqueued.delete('2');
    expect(missed(noOutbox)).toEqual(['no write half-done']);
    const noAudit = goodRun();
    noAudit.stored.audited.delete(noAudit.writes[0]!.requestId);
    expect(missed(noAudit)).toEqual(['no write half-done']);
  });

  it('misses "outbox drained exactly once" for rows left, never drained or drained twice', () => {
    for (const change of [{ left: 1 }, { neverDrained: 1 }, { drainedTwice: 1 }]) {
      const run = goodRun();
      Object.assign(run.stored.outbox, change);
      expect(missed(run)).toEqual(['outbox drained exactly once']);
    }
  });

  it('misses "rate limit" when more than one limit got through, or no limit was stated', () => {
    const perProcess = goodRun();
    perProcess.burst = { sent: 200, allowed: 180, refused: 20, other: {}, statedLimit: 60 };
    expect(missed(perProcess)).toEqual(['rate limit holds across processes']);
    const noRefusal = goodRun();
    noRefusal.burst = { sent: 50, allowed: 50, refused: 0, other: {} };
    expect(missed(noRefusal)).toEqual(['rate limit holds across processes']);
  });
});

describe('latencyFigures', () => {
  it('gives nearest-rank percentiles in whole milliseconds', () => {
    const durations = Array.from({ length: 100 }, (_, n) => n + 1.4);
    expect(latencyFigures(durations)).toEqual({ count: 100, p50: 50, p95: 95, p99: 99, max: 100 });
    expect(latencyFigures([])).toEqual({ count: 0, p50: 0, p95: 0, p99: 0, max: 0 });
  });
});

describe('reads', () => {
  it('sends GraphQL queries as GETs, which nginx may retry', () => {
    expect(graphqlGet('{ a }', { q: 'x' })).toBe(
      '/graphql?query=%7B+a+%7D&variables=%7B%22q%22%3A%22x%22%7D',
    );
  });

  it('counts a GraphQL error as a failed read even with status 200', () => {
    expect(readOutcome(200, '{"data":{"a":1}}')).toBe('ok');
    expect(readOutcome(200, '<!doctype html>')).toBe('ok');
    expect(
      readOutcome(200, '{"errors":[{"message":"x","extensions":{"code":"SEARCH_UNAVAILABLE"}}]}'),
    ).toBe('GraphQL SEARCH_UNAVAILABLE');
    expect(readOutcome(502, '')).toBe('HTTP 502');
  });
});
