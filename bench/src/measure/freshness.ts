import http from 'node:http';

import type pg from 'pg';

import type { Corpus } from '../corpus/corpus';
import { requestText } from '../http/http-json';
import { Random } from '../prng';
import { count, decimal } from '../report/format';
import { percentile } from '../report/stats';
import { insertCaseStudies } from '../store/case-study-rows';
import { type TaskTimings, taskTimings } from './meili-tasks';

export interface FreshnessFigures {
  writesPerSecond: number;
  seconds: number;
  writes: number;
  found: number;
  /** Milliseconds; a write never found within 30 s counts as infinitely late. */
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** The most rows waiting in the outbox during the run. */
  maxPending: number;
  /** Meilisearch's own document tasks on the case study index meanwhile. */
  meilisearch: TaskTimings;
}

const POLL_MS = 50;
const GIVE_UP_MS = 30_000;
/** A write still unseen after this long is also looked for by its own word. */
const STRAGGLER_MS = 2_000;
const MAX_STRAGGLERS_PER_TICK = 3;
/** In every probe write's title: one search for it, newest first, shows every recent write. */
const MARKER = 'lgxfreshnessprobe';
const PROBE = `query($q: String, $sort: SearchSort) { search(query: $q, filters: { types: [CASE_STUDY] }, sort: $sort, first: 50) { edges { node { id } } } }`;

/** A word found nowhere else (letters only, so Meilisearch keeps it whole). */
function probeWord(random: Random): string {
  return Array.from({ length: 12 }, () => String.fromCharCode(97 + random.int(0, 25))).join('');
}

/** The most rows waiting in the outbox, sampled every 250 ms until `stop`. */
function watchOutbox(db: pg.Pool) {
  let maxPending = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const { rows } = await db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM search_outbox',
      );
      maxPending = Math.max(maxPending, rows[0]!.n);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  })();
  return {
    stop: async (): Promise<number> => {
      sampling = false;
      await sampler;
      return maxPending;
    },
  };
}

/** The ids a visitor's GraphQL search for `query` answers with. */
function probeSearch(apiUrl: string, agent: http.Agent) {
  return async (query: string, sort: string): Promise<Set<string>> => {
    const response = await requestText({
      method: 'POST',
      url: `${apiUrl}/graphql`,
      body: JSON.stringify({ query: PROBE, variables: { q: query, sort } }),
      agent,
    });
    const body = JSON.parse(response.text) as {
      data?: { search: { edges: { node: { id: string } }[] } };
    };
    return new Set(body.data?.search.edges.map((edge) => edge.node.id) ?? []);
  };
}

/**
 * Every 50 ms, while writes are still coming or waiting: one search for the
 * marker, newest first, and a search by its own word for up to three writes
 * unseen after 2 s. `delays` gets each write's commit-to-found time.
 */
function watchSearch(searchIds: ReturnType<typeof probeSearch>, say: (line: string) => void) {
  /** Writes committed and not yet seen in search, by id. */
  const pending = new Map<string, { word: string; committed: number }>();
  const delays: number[] = [];
  const seen = (ids: Set<string>, at: number) => {
    for (const id of ids) {
      const write = pending.get(id);
      if (!write) continue;
      delays.push(at - write.committed);
      pending.delete(id);
    }
  };
  const tick = async () => {
    const newest = await searchIds(MARKER, 'NEWEST');
    seen(newest, performance.now());
    let stragglers = 0;
    for (const [id, write] of [...pending]) {
      const waited = performance.now() - write.committed;
      if (waited > GIVE_UP_MS) pending.delete(id);
      else if (waited > STRAGGLER_MS && stragglers++ < MAX_STRAGGLERS_PER_TICK)
        seen(await searchIds(write.word, 'RELEVANCE'), performance.now());
    }
  };
  let writing = true;
  const poller = (async () => {
    while (writing || pending.size > 0) {
      const started = performance.now();
      try {
        if (pending.size > 0) await tick();
      } catch (error) {
        say(`  a probe search failed: ${(error as Error).message}`);
      }
      const wait = POLL_MS - (performance.now() - started);
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    }
  })();
  return {
    pending,
    delays,
    /** Waits until every write is found or given up on. */
    finish: async () => {
      writing = false;
      await poller;
    },
  };
}

/**
 * The index-th probe write: odd ones retitle (and republish) a published case
 * study, even ones publish a new one; the title carries the marker and a word
 * found nowhere else. Returns the row's id and that word.
 */
function probeWriter(db: pg.Pool, corpus: Corpus, published: { id: string }[], random: Random) {
  return async (index: number): Promise<{ id: string; word: string }> => {
    const word = probeWord(random);
    const update = index % 2 === 1 ? published[Math.floor(index / 2)] : undefined;
    if (update) {
      await db.query(
        `UPDATE case_study SET title = $2 || ': ' || title, published_at = now() WHERE id = $1`,
        [update.id, `${MARKER} ${word}`],
      );
      return { id: update.id, word };
    }
    const row = corpus.extraCaseStudy(index + 1);
    await insertCaseStudies(db, [
      {
        ...row,
        title: `${MARKER} ${word}: ${row.title}`,
        status: 'PUBLISHED',
        published_at: new Date().toISOString(),
      },
    ]);
    return { id: row.id, word };
  };
}

/** `writes` calls of `write`, started `rate` a second whether or not the last has finished. */
async function writeSteadily(
  writes: number,
  rate: number,
  write: (index: number) => Promise<void>,
  say: (line: string) => void,
): Promise<void> {
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let index = 0; index < writes; index++) {
    const due = started + (index * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    inFlight.push(
      write(index).catch((error: Error) => say(`  write ${index} failed: ${error.message}`)),
    );
  }
  await Promise.all(inFlight);
}

function report(figures: FreshnessFigures, say: (line: string) => void): void {
  const { writes, writesPerSecond: rate, seconds, maxPending, meilisearch } = figures;
  say(
    `  ${count(writes)} writes (${rate}/s for ${decimal(seconds)} s), ${count(figures.found)} found within ${GIVE_UP_MS / 1000} s: p50 ${figures.p50} ms, p95 ${figures.p95} ms, p99 ${figures.p99} ms, max ${figures.max} ms (found ones); at most ${count(maxPending)} rows waited in the outbox`,
  );
  say(
    `  Meilisearch meanwhile: ${count(meilisearch.tasks)} document tasks in ${count(meilisearch.batches)} batches; ` +
      `queued p50 ${meilisearch.queuedP50} ms, p95 ${meilisearch.queuedP95} ms; processing p50 ${meilisearch.processingP50} ms, p95 ${meilisearch.processingP95} ms`,
  );
}

/**
 * A steady write load on the case_study table (its trigger fills the
 * outbox): every write alternately publishes a new case study or retitles
 * (and republishes) a published one, with a marker word and a word found
 * nowhere else in its title. Every 50 ms one GraphQL search (as a visitor)
 * for the marker, newest first, shows which writes have become searchable;
 * a write unseen after 2 s is also looked for by its own word (the three
 * oldest such writes per tick). The delay runs
 * from the write's commit to the answer that first contains it. One probe
 * search per tick, rather than one per waiting write, keeps the measurement
 * from loading Meilisearch with hundreds of searches a second.
 */
export async function measureFreshness(
  options: {
    db: pg.Pool;
    apiUrl: string;
    corpus: Corpus;
    rate: number;
    seconds: number;
    meili: { url: string; key: string; caseStudyIndex: string };
  },
  say: (line: string) => void,
): Promise<FreshnessFigures> {
  const { db, apiUrl, corpus, rate, seconds, meili } = options;
  const since = new Date();
  const writes = Math.round(rate * seconds);
  const { rows: published } = await db.query<{ id: string }>(
    `SELECT id FROM case_study WHERE status = 'PUBLISHED' ORDER BY md5(id::text) LIMIT $1`,
    [Math.ceil(writes / 2)],
  );
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const outbox = watchOutbox(db);
  const search = watchSearch(probeSearch(apiUrl, agent), say);
  const probe = probeWriter(db, corpus, published, new Random('lgx-bench-freshness'));
  await writeSteadily(
    writes,
    rate,
    async (index) => {
      const { id, word } = await probe(index);
      search.pending.set(id, { word, committed: performance.now() });
    },
    say,
  );
  await search.finish();
  const maxPending = await outbox.stop();
  agent.destroy();

  const { delays } = search;
  const meilisearch = await taskTimings(meili.url, meili.key, meili.caseStudyIndex, since);
  const sorted = [...delays, ...Array<number>(writes - delays.length).fill(Infinity)].sort(
    (a, b) => a - b,
  );
  const figures: FreshnessFigures = {
    writesPerSecond: rate,
    seconds,
    writes,
    found: delays.length,
    p50: Math.round(percentile(sorted, 50)),
    p95: Math.round(percentile(sorted, 95)),
    p99: Math.round(percentile(sorted, 99)),
    max: Math.round(Math.max(...delays, 0)),
    maxPending,
    meilisearch,
  };
  report(figures, say);
  return figures;
}
