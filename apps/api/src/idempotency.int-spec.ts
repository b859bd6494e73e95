import { randomUUID } from 'node:crypto';

import { IdempotencySweep } from '@lgx/api/core/jobs';
import {
  bootTestApp,
  type GraphQLResponse,
  seedTestCouncils,
  signedIn,
  type TestApp,
  type TestSession,
} from '@lgx/api/testing';

import { createApp } from './bootstrap';

const CREATE = `mutation Create($input: CaseStudyInput!) { createCaseStudy(input: $input) { id title } }`;

type Created = { createCaseStudy: { id: string; title: string } };

describe('idempotency keys for mutations (PostgreSQL + Meilisearch)', () => {
  let harness: TestApp;
  let editor: TestSession;
  let otherEditor: TestSession;

  beforeAll(async () => {
    harness = await bootTestApp((config) => createApp(config, { logger: ['error'] }));
    await seedTestCouncils(harness.dataSource);
    editor = await signedIn(harness, { council: 'DER', role: 'EDITOR' });
    otherEditor = await signedIn(harness, { council: 'DER', role: 'EDITOR' });
  });

  afterAll(async () => {
    await harness?.close();
  });

  /** Sends one operation as the web client does, with the key (when given) in its header. */
  async function send<Data = Created>(
    as: TestSession | undefined,
    key: string | undefined,
    query: string,
    variables: Record<string, unknown>,
  ): Promise<GraphQLResponse<Data> & { replayed: boolean }> {
    let call = harness.http().post('/graphql').set('content-type', 'application/json');
    if (as) call = call.set('cookie', as.cookie);
    if (key !== undefined) call = call.set('idempotency-key', key);
    const response = await call.send({ query, variables });
    return {
      status: response.status,
      replayed: response.headers['idempotent-replayed'] === 'true',
      ...(response.body as object),
    };
  }

  const draft = (title: string) => ({
    input: { title, summary: 'A draft to count idempotent writes.', stage: 'PILOT' },
  });
  const create = (as: TestSession | undefined, key: string | undefined, title: string) =>
    send(as, key, CREATE, draft(title));

  const storedWith = async (title: string) =>
    (
      await harness.dataSource.query<{ id: string }[]>(
        `SELECT id FROM case_study WHERE title = $1`,
        [title],
      )
    ).map((row) => row.id);

  const keyRows = () =>
    harness.dataSource
      .query<{ count: string }[]>(`SELECT count(*) FROM idempotency_key`)
      .then(([row]) => Number(row!.count));

  it('changes once when a mutation is sent twice with one key, and both answers agree', async () => {
    const key = randomUUID();
    const first = await create(editor, key, 'Sent twice, one key');
    const second = await create(editor, key, 'Sent twice, one key');
    expect(first.errors).toBeUndefined();
    expect(second).toEqual({ ...first, replayed: true });
    expect(await storedWith('Sent twice, one key')).toEqual([first.data!.createCaseStudy.id]);
  });

  it('answers ALREADY_APPLIED when the change was saved but its answer was not', async () => {
    const key = randomUUID();
    const first = await create(editor, key, 'Answer lost');
    // As when the process died between its COMMIT and storing the answer.
    await harness.dataSource.query(`UPDATE idempotency_key SET answer = NULL`);
    const retry = await create(editor, key, 'Answer lost');
    expect(retry.status).toBe(409);
    expect(retry.errors).toEqual([
      {
        message: 'This change was already saved. Reload to see it.',
        extensions: { code: 'ALREADY_APPLIED' },
      },
    ]);
    expect(await storedWith('Answer lost')).toEqual([first.data!.createCaseStudy.id]);
  });

  it('stores the change once when two requests with one key run at the same time', async () => {
    const key = randomUUID();
    const answers = await Promise.all(
      Array.from({ length: 4 }, () => create(editor, key, 'Concurrent duplicates')),
    );
    const stored = await storedWith('Concurrent duplicates');
    expect(stored).toHaveLength(1);
    for (const answer of answers) {
      // Each answer is the stored one, or says the change was already saved: never a second id.
      if (answer.data) expect(answer.data.createCaseStudy.id).toBe(stored[0]);
      else expect(answer.errors?.[0]?.extensions?.['code']).toBe('ALREADY_APPLIED');
    }
    expect(answers.filter((answer) => answer.data && !answer.replayed).length).toBe(1);
  });

  it('refuses a key that is not a UUID with BAD_IDEMPOTENCY_KEY, and changes nothing', async () => {
    const rowsBefore = await keyRows();
    for (const bad of ['not-a-uuid', `${randomUUID()}x`, '']) {
      const answer = await create(editor, bad, 'Bad key');
      expect(answer.status).toBe(400);
      expect(answer.errors?.[0]?.extensions?.['code']).toBe('BAD_IDEMPOTENCY_KEY');
      expect(answer.errors?.[0]?.message).toMatch(/must be a UUID/);
    }
    expect(await storedWith('Bad key')).toEqual([]);
    expect(await keyRows()).toBe(rowsBefore);
  });

  it('refuses a key reused for a different request with IDEMPOTENCY_KEY_REUSED', async () => {
    const key = randomUUID();
    await create(editor, key, 'Reused key, first');
    const reused = await create(editor, key, 'Reused key, second');
    expect(reused.status).toBe(422);
    expect(reused.errors?.[0]?.extensions?.['code']).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await storedWith('Reused key, second')).toEqual([]);
  });

  it('keeps one caller’s key apart from another’s', async () => {
    const key = randomUUID();
    const mine = await create(editor, key, 'Same key, two callers');
    const theirs = await create(otherEditor, key, 'Same key, two callers');
    expect(theirs.replayed).toBe(false);
    expect(theirs.data!.createCaseStudy.id).not.toBe(mine.data!.createCaseStudy.id);
    expect((await storedWith('Same key, two callers')).sort()).toEqual(
      [mine.data!.createCaseStudy.id, theirs.data!.createCaseStudy.id].sort(),
    );
  });

  it('leaves mutations without a key, and queries with one, as they were', async () => {
    await create(editor, undefined, 'No key');
    await create(editor, undefined, 'No key');
    expect(await storedWith('No key')).toHaveLength(2);
    const query = await send<{ viewer: unknown }>(
      editor,
      'not-a-uuid',
      '{ viewer { __typename } }',
      {},
    );
    expect(query.errors).toBeUndefined();
  });

  it('does not store the sealed answer in the clear, nor the key itself', async () => {
    const key = randomUUID();
    await create(editor, key, 'Sealed answer');
    const rows = await harness.dataSource.query<{ row: string }[]>(
      `SELECT row_to_json(k)::text AS row FROM idempotency_key k`,
    );
    const text = rows.map((row) => row.row).join('\n');
    expect(text).not.toContain('Sealed answer');
    expect(text).not.toContain(key);
  });

  it('forgets keys after a day: the hourly sweep deletes them and the key can be used again', async () => {
    const key = randomUUID();
    await create(editor, key, 'Expired key');
    await harness.dataSource.query(
      `UPDATE idempotency_key SET created_at = now() - interval '25 hours'`,
    );
    // An expired key no longer answers for the first change.
    const again = await create(editor, key, 'Expired key');
    expect(again.replayed).toBe(false);
    expect(await storedWith('Expired key')).toHaveLength(2);
    await harness.dataSource.query(
      `UPDATE idempotency_key SET created_at = now() - interval '25 hours'`,
    );
    const swept = await harness.app.get(IdempotencySweep).sweep(new Date());
    expect(swept).toBeGreaterThan(0);
    expect(await keyRows()).toBe(0);
  });
});
