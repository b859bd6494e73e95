import { AddressedEmailService, NotificationFanOut } from '@lgx/api/feature-notifications';
import {
  signedIn,
  startTestMailbox,
  type TestApp,
  type TestMailbox,
  type TestSession,
} from '@lgx/api/testing';

import { mailsTo, unsubscribeUrl } from './email-test-mail';
import { bootNotificationsApp, knownQuestions } from './notifications-test-app';

const PREFERENCES = `{ emailPreferences { addressed digests } }`;
const SET = `mutation($input: EmailPreferencesInput!) { setEmailPreferences(input: $input) { addressed digests } }`;

/** Issue 17: immediate emails for what is addressed to someone, one-click unsubscribe, preferences. */
describe('addressed emails and unsubscribing', () => {
  let harness: TestApp;
  let mailbox: TestMailbox;
  let addressed: AddressedEmailService;

  beforeAll(async () => {
    mailbox = await startTestMailbox();
    harness = await bootNotificationsApp(mailbox.url);
    addressed = harness.app.get(AddressedEmailService);
  });
  afterAll(async () => {
    await harness?.close();
    await mailbox?.stop();
  });

  let questions = 0;
  /** Asks Derby a question; returns Derby's officer's notification and the job that emails it. */
  const askDerby = async (officer: TestSession, officersOnly = false) => {
    const questionId = `q-mail-${++questions}`;
    knownQuestions.questions.set(questionId, {
      questionId,
      askerAccountId: null,
      councilCodes: ['DER'],
      officersOnly,
      subjectTitle: 'Housing <repairs> & triage',
      url: `/case-studies/x#${questionId}`,
    });
    await harness.app.get(NotificationFanOut).handle({ type: 'question.asked', questionId });
    const [notification] = await harness.dataSource.query(
      `SELECT id, emailed_at FROM notification WHERE account_id = $1 AND subject_id = $2`,
      [officer.accountId, questionId],
    );
    const jobs: unknown[] = await harness.dataSource.query(
      `SELECT 1 FROM graphile_worker._private_jobs job
         JOIN graphile_worker._private_tasks task ON task.id = job.task_id
        WHERE task.identifier = 'notifications.email-addressed'
          AND job.payload->>'notificationId' = $1`,
      [notification.id],
    );
    return { id: notification.id as string, jobs: jobs.length };
  };
  const preferences = async (who: TestSession) =>
    (await who.graphql<{ emailPreferences: { addressed: boolean; digests: boolean } }>(PREFERENCES))
      .data?.emailPreferences;

  it('emails what is addressed to someone once, with a job added as it is stored', async () => {
    const officer = await signedIn(harness, { council: 'DER' });
    const { id, jobs } = await askDerby(officer);
    expect(jobs).toBe(1);
    const sent = await Promise.all([addressed.send(id), addressed.send(id)]);
    expect(sent.filter(Boolean)).toHaveLength(1);
    expect(await addressed.send(id)).toBe(false);
    const mails = await mailsTo(mailbox, officer.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.header('Subject')).toContain('A question for your council about Housing');
    // Escaped in the HTML part: no markup from a title reaches the mail.
    expect(mails[0]!.raw).toContain('Housing &lt;repairs&gt; &amp; triage');
    expect(mails[0]!.raw).toMatch(/https?:\/\/[^\s"]+\/case-studies\/x#q-mail-/);
    expect(unsubscribeUrl(mails[0]!)).toMatch(/\/unsubscribe\/[A-Za-z0-9_-]{43}$/);
    expect(mails[0]!.header('List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
  });

  it('one-click unsubscribe stops exactly what the link names, without signing in; undo restores it', async () => {
    const officer = await signedIn(harness, { council: 'DER' });
    const first = await askDerby(officer);
    await addressed.send(first.id);
    const [mail] = await mailsTo(mailbox, officer.email);
    const path = new URL(unsubscribeUrl(mail!)).pathname;

    // GET only shows the page: a mail scanner following the link changes nothing.
    const page = await harness.http().get(path);
    expect(page.status).toBe(200);
    expect(page.text).toContain('questions, answers and groups');
    expect(await preferences(officer)).toEqual({ addressed: true, digests: true });

    const posted = await harness.http().post(path).type('form').send('List-Unsubscribe=One-Click');
    expect(posted.status).toBe(200);
    expect(posted.text).toContain('Undo');
    expect(await preferences(officer)).toEqual({ addressed: false, digests: true });
    const second = await askDerby(officer);
    expect(await addressed.send(second.id)).toBe(false);
    expect(await mailsTo(mailbox, officer.email)).toHaveLength(1);

    expect((await harness.http().post(`${path}/undo`)).status).toBe(200);
    expect(await preferences(officer)).toEqual({ addressed: true, digests: true });
  });

  it('the link in the text to stop all email stops both kinds', async () => {
    const officer = await signedIn(harness, { council: 'DER' });
    const { id } = await askDerby(officer);
    await addressed.send(id);
    const [mail] = await mailsTo(mailbox, officer.email);
    const all = /Unsubscribe from all LGX emails: (https?:\/\/\S+)/.exec(mail!.raw)?.[1];
    expect(all).toMatch(/\/unsubscribe\/[A-Za-z0-9_-]{43}$/);
    expect(all).not.toBe(unsubscribeUrl(mail!));
    const posted = await harness.http().post(new URL(all!).pathname);
    expect(posted.status).toBe(200);
    expect(await preferences(officer)).toEqual({ addressed: false, digests: false });
  });

  it('refuses a forged or altered link with 400 and changes nothing', async () => {
    const officer = await signedIn(harness, { council: 'DER' });
    const { id } = await askDerby(officer);
    await addressed.send(id);
    const [mail] = await mailsTo(mailbox, officer.email);
    const path = new URL(unsubscribeUrl(mail!)).pathname;
    const token = path.split('/').pop()!;
    const altered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    // A NUL byte is refused before it reaches the link (the API's input rules), also with 400.
    expect((await harness.http().post('/unsubscribe/%00')).status).toBe(400);
    for (const bad of [altered, officer.accountId, 'x', `${token}x`, token.slice(0, 20)]) {
      const response = await harness.http().post(`/unsubscribe/${bad}`);
      expect(response.status).toBe(400);
      expect(response.headers['x-lgx-error-code']).toBe('UNSUBSCRIBE_LINK_INVALID');
      expect(response.text).toContain('This unsubscribe link is not valid');
      expect(response.text).not.toMatch(/at \w+ \(/);
      expect((await harness.http().get(`/unsubscribe/${bad}`)).status).toBe(400);
    }
    expect(await preferences(officer)).toEqual({ addressed: true, digests: true });
  });

  it('forgets a deleted account’s choices and links: its old link is then refused', async () => {
    const officer = await signedIn(harness, { council: 'DER' });
    const { id } = await askDerby(officer);
    await addressed.send(id);
    const [mail] = await mailsTo(mailbox, officer.email);
    await officer.graphql(SET, { input: { digests: false } });
    await harness.dataSource.query(`UPDATE account SET status = 'deleted' WHERE id = $1`, [
      officer.accountId,
    ]);
    const left = await harness.dataSource.query(
      `SELECT (SELECT count(*) FROM email_unsubscribe WHERE account_id = $1)::int AS links,
              (SELECT count(*) FROM email_preference WHERE account_id = $1)::int AS choices`,
      [officer.accountId],
    );
    expect(left).toEqual([{ links: 0, choices: 0 }]);
    expect((await harness.http().post(new URL(unsubscribeUrl(mail!)).pathname)).status).toBe(400);
  });

  it('lets each signed-in account change only its own preferences; a visitor none', async () => {
    const visitor = await harness.graphql(SET, { input: { digests: false } });
    expect(visitor.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const visitorLevel = await signedIn(harness);
    const officer = await signedIn(harness, { council: 'KEN' });
    const changed = await visitorLevel.graphql(SET, { input: { digests: false } });
    expect(changed.errors).toBeUndefined();
    expect(await preferences(visitorLevel)).toEqual({ addressed: true, digests: false });
    expect(await preferences(officer)).toEqual({ addressed: true, digests: true });
    await officer.graphql(SET, { input: { addressed: false } });
    expect(await preferences(officer)).toEqual({ addressed: false, digests: true });
  });
});
