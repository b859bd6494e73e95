import { JobQueue } from '@lgx/api/core/jobs';
import {
  DigestService,
  NOTIFICATION_MAX_DAYS,
  NOTIFICATION_RETENTION_JOB,
  NotificationRetentionService,
  READ_NOTIFICATION_DAYS,
  RETENTION_BATCH,
} from '@lgx/api/feature-notifications';
import { eventually, signedIn, type TestApp } from '@lgx/api/testing';

import { bootApiApp } from '../../test/api-test-app';

const DAY = 24 * 60 * 60 * 1000;

/** Issue 17: notifications do not pile up for ever, whether or not they were emailed. */
describe('notification retention', () => {
  let harness: TestApp;

  beforeAll(async () => {
    harness = await bootApiApp();
  });
  afterAll(() => harness?.close());

  /** A notification of `accountId` made `ageDays` before `now`, read or not, emailed or not. */
  const notification = async (
    accountId: string,
    title: string,
    ageDays: number,
    now: Date,
    { read = false, emailed = false, followId = null as string | null } = {},
  ) => {
    const createdAt = new Date(now.getTime() - ageDays * DAY);
    await harness.dataSource.query(
      `INSERT INTO notification (account_id, kind, event, event_key, subject_type, subject_id, title,
                                 reason, url, follow_id, created_at, read_at, emailed_at)
       VALUES ($1, $2, 'content.published', $3, 'case_study', gen_random_uuid()::text, $3,
               'You follow Derby City Council', '/', $4, $5, $6, $7)`,
      [
        accountId,
        followId ? 'FOLLOWED' : 'ADDRESSED',
        title,
        followId,
        createdAt,
        read ? createdAt : null,
        emailed ? createdAt : null,
      ],
    );
  };
  const titlesOf = async (accountId: string) =>
    (
      (await harness.dataSource.query(
        `SELECT title FROM notification WHERE account_id = $1 ORDER BY title`,
        [accountId],
      )) as { title: string }[]
    ).map((row) => row.title);

  it('deletes read notifications after 90 days and any after 365, keeping the rest', async () => {
    const reader = await signedIn(harness, { council: 'NOT' });
    const now = new Date();
    expect([READ_NOTIFICATION_DAYS, NOTIFICATION_MAX_DAYS]).toEqual([90, 365]);
    await notification(reader.accountId, 'fresh', 0, now);
    await notification(reader.accountId, 'read 89 days ago', 89, now, { read: true });
    await notification(reader.accountId, 'read 91 days ago', 91, now, { read: true });
    await notification(reader.accountId, 'unread 200 days ago', 200, now);
    await notification(reader.accountId, 'emailed unread 364 days ago', 364, now, {
      emailed: true,
    });
    await notification(reader.accountId, 'never emailed 366 days ago', 366, now);
    await notification(reader.accountId, 'emailed 400 days ago', 400, now, { emailed: true });

    const deleted = await harness.app.get(NotificationRetentionService).prune(now);

    expect(deleted).toBe(3);
    expect(await titlesOf(reader.accountId)).toEqual([
      'emailed unread 364 days ago',
      'fresh',
      'read 89 days ago',
      'unread 200 days ago',
    ]);
    // Run again: nothing more to do.
    expect(await harness.app.get(NotificationRetentionService).prune(now)).toBe(0);
  });

  it('runs as a job on the queue and deletes in batches, however many are due', async () => {
    const reader = await signedIn(harness, { council: 'DER' });
    const due = RETENTION_BATCH * 2 + 7;
    await harness.dataSource.query(
      `INSERT INTO notification (account_id, kind, event, event_key, subject_type, subject_id, title,
                                 reason, url, created_at)
       SELECT $1, 'FOLLOWED', 'content.published', 'old:' || n, 'case_study', gen_random_uuid()::text,
              'Old ' || n, 'You follow Derby City Council', '/', now() - interval '400 days'
         FROM generate_series(1, $2::int) AS n`,
      [reader.accountId, due],
    );
    await notification(reader.accountId, 'kept', 10, new Date());

    await harness.app.get(JobQueue).add(NOTIFICATION_RETENTION_JOB, {});

    await eventually(async () => (await titlesOf(reader.accountId)).length === 1, 60_000);
    expect(await titlesOf(reader.accountId)).toEqual(['kept']);
  });

  it('never mails in a digest what is older than the digest’s period', async () => {
    const reader = await signedIn(harness, { council: 'KEN' });
    const [{ id: followId }] = await harness.dataSource.query(
      `INSERT INTO follow (account_id, kind, target_key) VALUES ($1, 'COUNCIL', 'DER') RETURNING id`,
      [reader.accountId],
    );
    const now = new Date();
    // Unsent, kept (under a year), but from days before the period that is due now.
    await notification(reader.accountId, 'old news', 3, now, { followId });
    await notification(reader.accountId, 'older news', 200, now, { followId });

    const planned = await harness.app.get(DigestService).plan('DAILY', now);

    expect(planned.map((job) => job.accountId)).not.toContain(reader.accountId);
  });
});
