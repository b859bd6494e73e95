import 'reflect-metadata';

import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { type AddressInfo, connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { type AppConfig, ConfigModule, DEFAULT_MAIL_FROM, loadConfig } from '@lgx/api/core/config';
import { freePort, type RunningService, startMailCatcher } from '@lgx/infra';
import { type INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { simpleParser } from 'mailparser';
import request from 'supertest';

import { MailModule } from './mail.module';
import { MailDeliveryError } from './mail-delivery.error';
import { Mailer } from './mailer.service';

/** A config as the API would load it; PostgreSQL and Meilisearch are not used here. */
function mailConfig(env: Record<string, string | undefined>): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: 'postgres://unused@127.0.0.1:1/unused',
    MEILI_URL: 'http://127.0.0.1:1',
    MEILI_MASTER_KEY: 'unused-master-key-0123456789',
    // Another concern's required key; mail never reads it.
    LGX_SECRET_KEY: 'unused-secret-key-unused-secret-key-unused-secret',
    ...env,
  });
}

async function bootMailApp(config: AppConfig): Promise<INestApplication> {
  const root = {
    module: class MailTestModule {},
    imports: [ConfigModule.forRoot(config), MailModule.forRoot(config)],
  };
  const app = await NestFactory.create(root, { logger: ['error'] });
  await app.listen(0, '127.0.0.1');
  return app;
}

const SECRET_LINK = 'https://lgx.test/verify-email?token=one-time-secret-7f3a';

describe('Mailer over real SMTP', () => {
  let dir: string;
  let catcher: RunningService;
  let logged: string[];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'lgx-mail-'));
    catcher = await startMailCatcher({ dir, port: await freePort() });
  });
  afterAll(async () => {
    await catcher.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    logged = [];
    for (const level of ['log', 'warn', 'error', 'debug', 'verbose'] as const) {
      jest.spyOn(Logger.prototype, level).mockImplementation((...parts: unknown[]) => {
        logged.push(parts.map(String).join(' '));
      });
    }
  });
  afterEach(() => jest.restoreAllMocks());

  const emlFiles = () => readdirSync(dir).filter((name) => name.endsWith('.eml'));

  it('hands a message to the SMTP server, which receives it whole', async () => {
    const before = new Set(emlFiles());
    const mailer = new Mailer(mailConfig({ SMTP_URL: catcher.url }));
    await mailer.send({
      to: 'officer@council.gov.uk',
      subject: 'Confirm your email address',
      text: `Open ${SECRET_LINK} to confirm your email address.`,
      html: `<p>Open <a href="${SECRET_LINK}">this link</a>.</p>`,
    });
    mailer.onApplicationShutdown();

    const arrived = emlFiles().filter((name) => !before.has(name));
    expect(arrived).toHaveLength(1);
    expect(arrived[0]).toMatch(/^\d{13}-[0-9a-f]{8}\.eml$/);
    const mail = await simpleParser(readFileSync(path.join(dir, arrived[0]!)));
    expect(mail.subject).toBe('Confirm your email address');
    expect(mail.to && !Array.isArray(mail.to) && mail.to.text).toBe('officer@council.gov.uk');
    expect(mail.from?.value).toEqual([{ name: 'LGX', address: 'no-reply@lgx.localhost' }]);
    expect(DEFAULT_MAIL_FROM).toBe('LGX <no-reply@lgx.localhost>');
    expect(mail.text).toContain(SECRET_LINK);
    expect(mail.html).toContain(`href="${SECRET_LINK}"`);
    expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
    expect(logged.join('\n')).not.toContain('one-time-secret');
  });

  it('sends a run of mails over a few reused SMTP connections, not one each', async () => {
    // A TCP relay in front of the catcher counts the connections the Mailer opens.
    let connections = 0;
    const target = new URL(catcher.url);
    const relay = createServer((client) => {
      connections += 1;
      const upstream = connect(Number(target.port), target.hostname);
      client.pipe(upstream).pipe(client);
      client.on('error', () => upstream.destroy());
      upstream.on('error', () => client.destroy());
    });
    await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
    const { port } = relay.address() as AddressInfo;
    const before = emlFiles().length;
    const mailer = new Mailer(mailConfig({ SMTP_URL: `smtp://127.0.0.1:${port}` }));
    try {
      // Four at a time, as a job worker sends digests.
      for (let batch = 0; batch < 5; batch++)
        await Promise.all(
          [1, 2, 3, 4].map((n) =>
            mailer.send({ to: `reader-${batch}-${n}@example.org`, subject: 'Digest', text: 'Hi' }),
          ),
        );
    } finally {
      mailer.onApplicationShutdown();
      await new Promise((resolve) => relay.close(resolve));
    }
    expect(emlFiles().length - before).toBe(20);
    expect(connections).toBeLessThanOrEqual(5);
  });

  it('rejects with the SMTP host named and no password when the server cannot be reached', async () => {
    const port = await freePort();
    const mailer = new Mailer(
      mailConfig({ SMTP_URL: `smtp://mailer:s3cret-Pa55word@127.0.0.1:${port}` }),
    );
    const error = await mailer
      .send({ to: 'officer@council.gov.uk', subject: 'Hello', text: SECRET_LINK })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MailDeliveryError);
    expect((error as Error).message).toContain(`SMTP server 127.0.0.1:${port}`);
    expect((error as Error).message).toContain('ECONNREFUSED');
    expect((error as Error).message).not.toContain('s3cret-Pa55word');
    const logs = logged.join('\n');
    expect(logs).toContain(`127.0.0.1:${port}`);
    expect(logs).not.toContain('s3cret-Pa55word');
    expect(logs).not.toContain('one-time-secret');
  });

  it('is refused by the catcher over 10 MB, which keeps nothing of it', async () => {
    const before = readdirSync(dir).length;
    const mailer = new Mailer(mailConfig({ SMTP_URL: catcher.url }));
    await expect(
      mailer.send({ to: 'officer@council.gov.uk', subject: 'Big', text: 'x'.repeat(11 << 20) }),
    ).rejects.toThrow(/SMTP server 127\.0\.0\.1:\d+: .*size/i);
    mailer.onApplicationShutdown();
    expect(readdirSync(dir)).toHaveLength(before);
  });

  it('says mail is not configured when SMTP_URL is not set', async () => {
    const mailer = new Mailer(mailConfig({}));
    await expect(
      mailer.send({ to: 'officer@council.gov.uk', subject: 'Hello', text: 'Hi' }),
    ).rejects.toThrow('Mail is not configured: set SMTP_URL');
  });
});

describe('the dev mailbox pages', () => {
  let dir: string;
  let catcher: RunningService;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'lgx-mailbox-'));
    catcher = await startMailCatcher({ dir, port: await freePort() });
  });
  afterAll(async () => {
    await catcher.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists what the API sent and shows a message with its link clickable', async () => {
    const config = mailConfig({ SMTP_URL: catcher.url, MAIL_CATCHER_DIR: dir });
    const app = await bootMailApp(config);
    try {
      const http = () => request(app.getHttpServer());
      const empty = await http().get('/dev/mailbox').expect(200);
      expect(empty.text).toContain('No mail yet.');

      await app.get(Mailer).send({
        to: 'officer@council.gov.uk',
        subject: 'Confirm <your> email address',
        text: `Open ${SECRET_LINK} to confirm.`,
      });

      const list = await http().get('/dev/mailbox').expect(200);
      expect(list.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(list.headers['content-security-policy']).toContain("default-src 'none'");
      expect(list.headers['cache-control']).toBe('no-store');
      expect(list.text).toContain('<caption class="govuk-table__caption">1 message, newest first');
      expect(list.text).toContain('officer@council.gov.uk');
      const link = /href="\/dev\/mailbox\/([^"]+)">Confirm &lt;your&gt; email address<\/a>/.exec(
        list.text,
      );
      expect(link).not.toBeNull();

      const page = await http().get(`/dev/mailbox/${link![1]}`).expect(200);
      expect(page.text).toContain(
        '<h1 class="govuk-heading-l">Confirm &lt;your&gt; email address</h1>',
      );
      expect(page.text).toContain('officer@council.gov.uk');
      expect(page.text).toMatch(/<time datetime="\d{4}-\d\d-\d\dT/);
      expect(page.text).toContain(`<a class="govuk-link" href="${SECRET_LINK}">${SECRET_LINK}</a>`);

      const missing = await http().get('/dev/mailbox/1-nothing').expect(404);
      expect(missing.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(missing.text).toContain('<h1 class="govuk-heading-l">Message not found</h1>');
      await http().get('/dev/mailbox/..%2Fsecrets').expect(404);
    } finally {
      await app.close();
    }
  });

  it('does not exist without MAIL_CATCHER_DIR, nor in production', async () => {
    for (const config of [
      mailConfig({ SMTP_URL: catcher.url }),
      mailConfig({ SMTP_URL: catcher.url, MAIL_CATCHER_DIR: dir, NODE_ENV: 'production' }),
    ]) {
      const app = await bootMailApp(config);
      try {
        const response = await request(app.getHttpServer()).get('/dev/mailbox').expect(404);
        expect(response.body).toMatchObject({ message: 'Cannot GET /dev/mailbox' });
        await request(app.getHttpServer()).get('/dev/mailbox/1-a').expect(404);
        expect(app.get(Mailer)).toBeInstanceOf(Mailer);
      } finally {
        await app.close();
      }
    }
  });
});
