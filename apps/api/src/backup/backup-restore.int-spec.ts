import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { AppConfig } from '@lgx/api/core/config';
import { SearchIndexer } from '@lgx/api/core/search';
import { FileStorage, LocalFileStorage } from '@lgx/api/core/storage';
import { TEST_ENV, type TestApp, withDatabase } from '@lgx/api/testing';
import type { INestApplication } from '@nestjs/common';
import pg from 'pg';
import request from 'supertest';

import { bootApiApp } from '../../test/api-test-app';
import {
  type ContentOfEveryVisibility,
  contentOfEveryVisibility,
} from '../../test/content-of-every-visibility';
import { createApp } from '../bootstrap';
import { ENTITIES } from '../entities';
import { MIGRATIONS } from '../migrations';
import { createBackup } from './backup';
import { rebuildSearch } from './rebuild-search';
import { restoreBackup, RestoreRefused } from './restore';

const SEARCH = `query($q: String) { search(query: $q, first: 50) { edges { node { type id title } } } }`;
const QUERIES = ['Quillon', 'Quillon published', 'Quillon draft', 'component'];
const COMPARED_TABLES = ['case_study', 'component', 'case_study_attachment', 'app_session'];
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Rows in every application table, and whole rows of a few, as PostgreSQL renders them. */
async function records(url: string) {
  const tables = await query<{ name: string }>(
    url,
    `SELECT relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE nspname = 'public' AND relkind = 'r' ORDER BY 1`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables)
    counts[name] = Number(
      (await query<{ n: string }>(url, `SELECT count(*) AS n FROM "${name}"`))[0]!.n,
    );
  const rows: Record<string, unknown[]> = {};
  for (const table of COMPARED_TABLES.filter((t) => Object.hasOwn(counts, t)))
    rows[table] = (
      await query<{ row: unknown }>(url, `SELECT to_jsonb(t) AS row FROM "${table}" t ORDER BY 1`)
    ).map((r) => r.row);
  return { counts, rows };
}

/** Search answers (ids, in order) for each query, for a visitor and for Derby's editor. */
async function searchAnswers(app: INestApplication, cookie: string) {
  const server = app.getHttpServer();
  const answers: Record<string, string[]> = {};
  for (const q of QUERIES) {
    for (const [who, auth] of [
      ['visitor', null],
      ['editor', cookie],
    ] as const) {
      const call = request(server).post('/graphql').set('content-type', 'application/json');
      const response = await (auth ? call.set('cookie', auth) : call).send({
        query: SEARCH,
        variables: { q },
      });
      const body = response.body as {
        data: { search: { edges: { node: { type: string; id: string; title: string } }[] } };
      };
      // The same hits, in sorted order: hits that score the same come in the order their
      // documents were indexed, which a rebuild from PostgreSQL does not repeat.
      answers[`${who}: ${q}`] = body.data.search.edges
        .map((e) => `${e.node.type}:${e.node.id}:${e.node.title}`)
        .sort();
    }
  }
  return answers;
}

async function deleteIndexes(config: AppConfig): Promise<number> {
  const headers = { authorization: `Bearer ${config.search.masterKey}` };
  const listed = (await (
    await fetch(`${config.search.url}/indexes?limit=1000`, { headers })
  ).json()) as {
    results: { uid: string }[];
  };
  const ours = listed.results.filter((i) => i.uid.startsWith(config.search.indexPrefix));
  for (const index of ours) {
    const task = (await (
      await fetch(`${config.search.url}/indexes/${index.uid}`, { method: 'DELETE', headers })
    ).json()) as { taskUid: number };
    await fetch(`${config.search.url}/tasks/${task.taskUid}`, { headers });
  }
  return ours.length;
}

/** Runs `work` on a copy of the backup whose manifest has these fields changed. */
async function withChangedManifest<T>(
  dir: string,
  changed: object,
  work: (copy: string) => Promise<T>,
): Promise<T> {
  const copy = await mkdtemp(path.join(tmpdir(), 'lgx-backup-copy-'));
  try {
    await cp(dir, copy, { recursive: true });
    const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as object;
    await writeFile(path.join(copy, 'manifest.json'), JSON.stringify({ ...manifest, ...changed }));
    return await work(copy);
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}

/**
 * The drill: make content, back up, lose everything (database, search
 * indexes, files), restore, and find the same records, files and search answers.
 */
describe('backup and restore drill', () => {
  let before: TestApp;
  let content: ContentOfEveryVisibility;
  let restored: INestApplication | undefined;
  let restoredUrl: string;
  let backupDir: string;
  const adminUrl = () => process.env[TEST_ENV.adminUrl]!;
  const restoredName = `lgx_test_restore_${process.pid}`;

  beforeAll(async () => {
    before = await bootApiApp();
    content = await contentOfEveryVisibility(before, 'Quillon');
    backupDir = await mkdtemp(path.join(tmpdir(), 'lgx-backup-'));
    restoredUrl = withDatabase(adminUrl(), restoredName);
  });
  afterAll(async () => {
    await restored?.close();
    await before?.close().catch(() => undefined);
    await query(adminUrl(), `DROP DATABASE IF EXISTS ${restoredName} WITH (FORCE)`);
    await rm(backupDir, { recursive: true, force: true });
  });

  it('restores the same records, files and search answers', async () => {
    const [study] = await query<{ id: string }>(
      before.database.url,
      `SELECT id FROM case_study WHERE title = 'Quillon published case study'`,
    );
    await before
      .http()
      .post(`/case-studies/${study!.id}/attachments`)
      .set('content-type', 'application/octet-stream')
      .set('x-filename', 'Business case.pdf')
      .set('cookie', content.derbyEditor.cookie)
      .send(PDF)
      .expect(201);
    await before.app.get(SearchIndexer).settle();
    const expected = {
      records: await records(before.database.url),
      search: await searchAnswers(before.app, content.derbyEditor.cookie),
    };
    expect(expected.search['visitor: Quillon']).toHaveLength(3);
    expect(expected.search['editor: Quillon draft']!.join()).toContain('Quillon draft case study');
    expect(expected.search['visitor: Quillon draft']!.join()).not.toContain('draft');

    const manifest = await createBackup({
      databaseUrl: before.database.url,
      storage: before.app.get(FileStorage),
      storageKind: 'folder',
      outDir: backupDir,
      lgxVersion: 'test',
    });
    expect(manifest.tables['case_study']).toBe(expected.records.counts['case_study']);
    expect(manifest.files).toEqual([
      { key: expect.any(String), size: PDF.length, sha256: sha256(PDF) },
    ]);

    // Lose everything: the indexes, the database, the files.
    expect(await deleteIndexes(before.config)).toBeGreaterThan(0);
    await before.close();
    await rm(before.config.storage.dir, { recursive: true, force: true });
    await query(adminUrl(), `CREATE DATABASE ${restoredName} TEMPLATE template0`);

    const config: AppConfig = {
      ...before.config,
      database: { ...before.config.database, url: restoredUrl },
    };
    const report = await restoreBackup({
      databaseUrl: restoredUrl,
      storage: new LocalFileStorage(config),
      dir: backupDir,
      entities: ENTITIES,
      migrations: MIGRATIONS,
    });
    expect(report.files).toBe(1);
    restored = await createApp(config, { logger: false, importCouncils: false });
    await restored.listen(0, '127.0.0.1');
    await rebuildSearch(restored);

    expect(await records(restoredUrl)).toEqual(expected.records);
    const file = await readFile(path.join(config.storage.dir, manifest.files[0]!.key));
    expect(sha256(file)).toBe(sha256(PDF));
    expect(await searchAnswers(restored, content.derbyEditor.cookie)).toEqual(expected.search);
  });

  it('refuses to restore over a database that holds data, and changes nothing', async () => {
    const counts = (await records(restoredUrl)).counts;
    const attempt = restoreBackup({
      databaseUrl: restoredUrl,
      storage: new LocalFileStorage(before.config),
      dir: backupDir,
      entities: ENTITIES,
      migrations: MIGRATIONS,
    });
    await expect(attempt).rejects.toBeInstanceOf(RestoreRefused);
    await expect(attempt).rejects.toThrow(/not empty.*--force/);
    expect((await records(restoredUrl)).counts).toEqual(counts);
  });

  it('refuses a backup from a newer LGX or with a damaged file, even with --force, and changes nothing', async () => {
    const counts = (await records(restoredUrl)).counts;
    const manifest = JSON.parse(await readFile(path.join(backupDir, 'manifest.json'), 'utf8')) as {
      migrations: string[];
      files: { key: string }[];
    };
    const attempt = (changed: object) =>
      withChangedManifest(backupDir, changed, (dir) =>
        restoreBackup({
          databaseUrl: restoredUrl,
          storage: new LocalFileStorage(before.config),
          dir,
          force: true,
          entities: ENTITIES,
          migrations: MIGRATIONS,
        }),
      );
    await expect(
      attempt({ migrations: [...manifest.migrations, 'FromTheFuture1899999999999'] }),
    ).rejects.toThrow(/newer LGX.*FromTheFuture1899999999999/);
    await expect(
      attempt({ files: [{ ...manifest.files[0]!, sha256: '0'.repeat(64) }] }),
    ).rejects.toThrow(`The backup's copy of ${manifest.files[0]!.key} is missing or damaged.`);
    expect((await records(restoredUrl)).counts).toEqual(counts);
  });
});
