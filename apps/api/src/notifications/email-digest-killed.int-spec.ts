import { spawn } from 'node:child_process';
import { createServer, type Server, type Socket } from 'node:net';
import path from 'node:path';

import { JOBS_DEFAULTS } from '@lgx/api/core/config';
import { DIGEST_ONCE, digestPeriod, DigestService } from '@lgx/api/feature-notifications';
import { NotificationFanOut } from '@lgx/api/feature-notifications';
import {
  eventually,
  signedIn,
  startTestMailbox,
  type TestApp,
  type TestMailbox,
} from '@lgx/api/testing';

import { mailsTo } from './email-test-mail';
import { bootNotificationsApp, indexed, insertCaseStudy } from './notifications-test-app';

jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, '../../../..');
const FOLLOW = `mutation($input: FollowInput!) { follow(input: $input) { id } }`;

/** An SMTP server that accepts connections and never answers: a send hangs there. */
async function silentSmtp(): Promise<{ url: string; close: () => Promise<void> }> {
  const sockets: Socket[] = [];
  const server: Server = createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `smtp://127.0.0.1:${port}`,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Issue 17: a process killed while sending a digest; the digest is never sent twice. */
describe('a digest whose process is killed mid-send', () => {
  let harness: TestApp;
  let mailbox: TestMailbox;

  beforeAll(async () => {
    mailbox = await startTestMailbox();
    harness = await bootNotificationsApp(mailbox.url);
  });
  afterAll(async () => {
    await harness?.close();
    await mailbox?.stop();
  });

  it('is never sent by the retry or by the period planned again', async () => {
    const tick = new Date('2026-11-25T07:00:00Z');
    const reader = await signedIn(harness, { council: 'NOT' });
    await reader.graphql(FOLLOW, { input: { kind: 'COUNCIL', targetId: 'DER' } });
    const id = await insertCaseStudy(harness, { title: 'Killed: chatbot', council: 'DER' });
    await indexed(harness);
    await harness.app
      .get(NotificationFanOut)
      .handle({ type: 'content.published', contentType: 'case_study', id, change: 'new' });
    await harness.dataSource.query(
      `UPDATE notification SET created_at = $2 WHERE subject_id = $1`,
      [id, new Date(tick.getTime() - 60 * 60 * 1000)],
    );
    const digests = harness.app.get(DigestService);
    const [job] = (await digests.plan('DAILY', tick)).filter(
      (j) => j.accountId === reader.accountId,
    );
    const key = `${reader.accountId}:${digestPeriod('DAILY', tick).key}`;

    const smtp = await silentSmtp();
    const child = spawn(
      process.execPath,
      [path.join(ROOT, 'infra/bin/run.cjs'), 'apps/api/src/notifications/test/digest-child.ts'],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          NODE_ENV: 'test',
          LGX_CHILD_CONFIG: JSON.stringify({
            ...harness.config,
            secretKey: harness.config.secretKey.toString('base64url'),
            mail: { ...harness.config.mail, smtpUrl: smtp.url },
            jobs: { ...(harness.config.jobs ?? JOBS_DEFAULTS), workerEnabled: false },
          }),
          LGX_DIGEST_JOB: JSON.stringify(job),
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      // The child has claimed the digest and is waiting on the SMTP server: kill it there.
      await eventually(async () => {
        const [claim] = await harness.dataSource.query(
          `SELECT completed_at FROM job_run_once WHERE name = $1 AND key = $2`,
          [DIGEST_ONCE, key],
        );
        return claim && claim.completed_at === null;
      }, 60_000);
      child.kill('SIGKILL');
      await exited;
    } finally {
      child.kill('SIGKILL');
      await smtp.close();
    }
    expect(output).not.toContain('sent');

    // The queue runs the job again (as it would after releasing the dead worker's lock).
    expect(await digests.send(job!)).toBe(false);
    // However often the period is planned again and its jobs run.
    for (const again of await digests.plan('DAILY', tick)) await digests.send(again);
    expect(await mailsTo(mailbox, reader.email)).toEqual([]);
  });
});
