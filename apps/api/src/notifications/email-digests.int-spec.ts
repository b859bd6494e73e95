import { JobRunOnce } from '@lgx/api/core/jobs';
import { Mailer } from '@lgx/api/core/mail';
import {
  DIGEST_ONCE,
  digestPeriod,
  DigestService,
  NotificationFanOut,
} from '@lgx/api/feature-notifications';
import {
  signedIn,
  startTestMailbox,
  type TestApp,
  type TestMailbox,
  type TestSession,
} from '@lgx/api/testing';

import { caught, mailsTo, unsubscribeUrl } from './email-test-mail';
import {
  bootNotificationsApp,
  indexed,
  insertCaseStudy,
  insertExperience,
} from './notifications-test-app';

const FOLLOW = `mutation($input: FollowInput!) { follow(input: $input) { id } }`;
const DIGEST = `mutation($id: ID!, $digest: DigestFrequency!) { setFollowDigest(id: $id, digest: $digest) { id } }`;
const HOUR = 60 * 60 * 1000;

/** Issue 17: daily and weekly digests, with the reader's permissions when sent, never twice. */
describe('email digests', () => {
  let harness: TestApp;
  let mailbox: TestMailbox;
  let digests: DigestService;

  beforeAll(async () => {
    mailbox = await startTestMailbox();
    harness = await bootNotificationsApp(mailbox.url);
    digests = harness.app.get(DigestService);
  });
  afterAll(async () => {
    await harness?.close();
    await mailbox?.stop();
  });

  /** A reader following `council`, with a digest of `frequency`; returns the follow's id. */
  const follower = async (council: string, frequency: 'DAILY' | 'WEEKLY', who?: TestSession) => {
    const reader = who ?? (await signedIn(harness, { council: 'NOT' }));
    const result = await reader.graphql<{ follow: { id: string } }>(FOLLOW, {
      input: { kind: 'COUNCIL', targetId: council },
    });
    expect(result.errors).toBeUndefined();
    const followId = result.data!.follow.id;
    if (frequency === 'WEEKLY')
      expect(
        (await reader.graphql(DIGEST, { id: followId, digest: 'WEEKLY' })).errors,
      ).toBeUndefined();
    return { reader, followId };
  };
  /** Publishes a case study of `council`, delivers its event, and dates its notifications `at`. */
  const published = async (title: string, council: string, at: Date) => {
    const id = await insertCaseStudy(harness, { title, council });
    await indexed(harness);
    await harness.app
      .get(NotificationFanOut)
      .handle({ type: 'content.published', contentType: 'case_study', id, change: 'new' });
    await harness.dataSource.query(
      `UPDATE notification SET created_at = $2 WHERE subject_id = $1`,
      [id, at],
    );
    return id;
  };
  /** Plans the digests due at `at` and runs every send job, as the worker would. */
  const runDigests = async (frequency: 'DAILY' | 'WEEKLY', at: Date) => {
    const jobs = await digests.plan(frequency, at);
    for (const job of jobs) await digests.send(job);
    return jobs;
  };
  const emailedAt = async (subjectId: string, accountId: string) =>
    (
      await harness.dataSource.query(
        `SELECT emailed_at FROM notification WHERE subject_id = $1 AND account_id = $2`,
        [subjectId, accountId],
      )
    )[0]?.emailed_at as Date | null | undefined;

  it('sends one digest of the period, with only what the reader may see at sending time', async () => {
    const tick = new Date('2026-11-10T07:00:00Z');
    const inPeriod = new Date(tick.getTime() - 3 * HOUR);
    const { reader } = await follower('DER', 'DAILY');
    const kept = await published('Digest: council tax chatbot', 'DER', inPeriod);
    const withdrawn = await published('Digest: withdrawn to draft', 'DER', inPeriod);
    const before = await published(
      'Digest: the day before',
      'DER',
      new Date(tick.getTime() - 25 * HOUR),
    );
    const after = await published('Digest: after the tick', 'DER', new Date(tick.getTime() + HOUR));
    // Withdrawn after the notification was delivered: a draft is for Derby's officers only.
    await harness.dataSource.query(`UPDATE case_study SET status = 'DRAFT' WHERE id = $1`, [
      withdrawn,
    ]);
    await indexed(harness);

    await runDigests('DAILY', tick);

    const mails = await mailsTo(mailbox, reader.email);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail!.header('Subject')).toMatch(/daily LGX digest: 1 new/);
    expect(mail!.raw).toContain('Digest: council tax chatbot');
    expect(mail!.raw).toContain(`/case-studies/${kept}`);
    expect(mail!.raw).toMatch(/https?:\/\/[^\s"]+\/case-studies\//);
    for (const left of ['withdrawn to draft', 'the day before', 'after the tick'])
      expect(mail!.raw).not.toContain(left);
    expect(mail!.header('List-Unsubscribe')).toMatch(
      /^<https?:\/\/.+\/unsubscribe\/[A-Za-z0-9_-]{43}>$/,
    );
    expect(mail!.header('List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(await emailedAt(kept, reader.accountId)).toBeInstanceOf(Date);
    for (const unsent of [withdrawn, before, after])
      expect(await emailedAt(unsent, reader.accountId)).toBeNull();

    // The same tick again (a second process, a retry) and the next day's: nothing twice.
    await runDigests('DAILY', tick);
    await runDigests('DAILY', new Date(tick.getTime() + 24 * HOUR));
    const again = await mailsTo(mailbox, reader.email);
    expect(again).toHaveLength(2);
    expect(again[1]!.raw).toContain('Digest: after the tick');
    expect(again[1]!.raw).not.toContain('council tax chatbot');
  });

  it('never brings a supplier experience to a reader who is no longer an officer', async () => {
    const tick = new Date('2026-11-11T07:00:00Z');
    const kent = await signedIn(harness, { council: 'KEN' });
    const [{ id: supplier }] = await harness.dataSource.query(
      `INSERT INTO supplier (name) VALUES ('Digest Chat Ltd') RETURNING id`,
    );
    expect(
      (await kent.graphql(FOLLOW, { input: { kind: 'SUPPLIER', targetId: supplier } })).errors,
    ).toBeUndefined();
    const experience = await insertExperience(harness, supplier, 'NOT');
    await indexed(harness);
    await harness.app.get(NotificationFanOut).handle({
      type: 'content.published',
      contentType: 'supplier_experience',
      id: experience,
      change: 'new',
    });
    await harness.dataSource.query(
      `UPDATE notification SET created_at = $2 WHERE subject_id = $1`,
      [experience, new Date(tick.getTime() - HOUR)],
    );
    expect(await emailedAt(experience, kent.accountId)).toBeNull();
    // They leave their council before the digest goes: a visitor-level account now.
    await harness.dataSource.query(`DELETE FROM council_membership WHERE account_id = $1`, [
      kent.accountId,
    ]);

    await runDigests('DAILY', tick);
    expect(await mailsTo(mailbox, kent.email)).toEqual([]);
    expect(await emailedAt(experience, kent.accountId)).toBeNull();
  });

  it('sends a weekly follow’s news only in the weekly digest of its week', async () => {
    const monday = new Date('2026-11-16T07:00:00Z');
    const { reader } = await follower('KEN', 'WEEKLY');
    const news = await published(
      'Digest: weekly news',
      'KEN',
      new Date(monday.getTime() - 50 * HOUR),
    );
    await runDigests('DAILY', new Date(monday.getTime() - 24 * HOUR));
    await runDigests('DAILY', monday);
    expect(await mailsTo(mailbox, reader.email)).toEqual([]);
    await runDigests('WEEKLY', monday);
    await runDigests('WEEKLY', monday);
    const mails = await mailsTo(mailbox, reader.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.header('Subject')).toMatch(/weekly LGX digest/);
    expect(mails[0]!.raw).toContain('Digest: weekly news');
    expect(await emailedAt(news, reader.accountId)).toBeInstanceOf(Date);
  });

  it('sends one digest when two runs of the same period race', async () => {
    const tick = new Date('2026-11-20T07:00:00Z');
    const { reader } = await follower('SKP', 'DAILY');
    await published('Digest: raced', 'SKP', new Date(tick.getTime() - HOUR));
    const jobs = await digests.plan('DAILY', tick);
    const mine = jobs.filter((job) => job.accountId === reader.accountId);
    expect(mine).toHaveLength(1);
    const results = await Promise.all([
      digests.send(mine[0]!),
      digests.send(mine[0]!),
      digests.send(mine[0]!),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await mailsTo(mailbox, reader.email)).toHaveLength(1);
  });

  it('sends again after a run that threw, and never after one that died while sending', async () => {
    const tick = new Date('2026-11-21T07:00:00Z');
    const { reader } = await follower('DER', 'DAILY');
    const id = await published('Digest: after a failure', 'DER', new Date(tick.getTime() - HOUR));
    const [job] = (await digests.plan('DAILY', tick)).filter(
      (j) => j.accountId === reader.accountId,
    );
    const mailer = harness.app.get(Mailer);
    const send = jest.spyOn(mailer, 'send').mockRejectedValueOnce(new Error('SMTP server down'));
    await expect(digests.send(job!)).rejects.toThrow('SMTP server down');
    send.mockRestore();
    expect(await emailedAt(id, reader.accountId)).toBeNull();
    expect(await digests.send(job!)).toBe(true);
    expect(await mailsTo(mailbox, reader.email)).toHaveLength(1);

    // A process killed mid-send leaves its claim unconfirmed: the retry sends nothing.
    const { reader: other } = await follower('DER', 'DAILY');
    await published('Digest: killed mid-send', 'DER', new Date(tick.getTime() - HOUR));
    const [otherJob] = (await digests.plan('DAILY', tick)).filter(
      (j) => j.accountId === other.accountId,
    );
    const period = digestPeriod('DAILY', tick);
    await harness.dataSource.query(
      `INSERT INTO job_run_once (name, key, completed_at) VALUES ($1, $2, NULL)`,
      [DIGEST_ONCE, `${other.accountId}:${period.key}`],
    );
    expect(await digests.send(otherJob!)).toBe(false);
    expect(
      await harness.app.get(JobRunOnce).done(DIGEST_ONCE, `${other.accountId}:${period.key}`),
    ).toBe(true);
    expect(await mailsTo(mailbox, other.email)).toEqual([]);
    expect(caught(mailbox.to(reader.email)[0]!).raw).toContain('Digest: after a failure');
  });

  it('a digest’s one-click link stops digests only, so the next period sends nothing', async () => {
    const tick = new Date('2026-11-24T07:00:00Z');
    const { reader } = await follower('DER', 'DAILY');
    await published('Digest: before unsubscribing', 'DER', new Date(tick.getTime() - HOUR));
    await runDigests('DAILY', tick);
    const [mail] = await mailsTo(mailbox, reader.email);
    const posted = await harness
      .http()
      .post(new URL(unsubscribeUrl(mail!)).pathname)
      .type('form')
      .send('List-Unsubscribe=One-Click');
    expect(posted.status).toBe(200);
    const [choices] = await harness.dataSource.query(
      `SELECT addressed, digests FROM email_preference WHERE account_id = $1`,
      [reader.accountId],
    );
    expect(choices).toEqual({ addressed: true, digests: false });
    const next = new Date(tick.getTime() + 24 * HOUR);
    await published('Digest: after unsubscribing', 'DER', new Date(next.getTime() - HOUR));
    await runDigests('DAILY', next);
    expect(await mailsTo(mailbox, reader.email)).toHaveLength(1);
  });
});
