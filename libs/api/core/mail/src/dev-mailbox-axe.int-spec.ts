import 'reflect-metadata';

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { ConfigModule, loadConfig } from '@lgx/api/core/config';
import { freePort, type RunningService, startMailCatcher } from '@lgx/infra';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type Browser, chromium, type Page } from 'playwright-core';

import { MailModule } from './mail.module';
import { Mailer } from './mailer.service';

const AXE_OPTIONS = {
  runOnly: {
    type: 'tag',
    values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
  },
};

/** Runs axe (WCAG 2.0–2.2 A and AA, and best practice) in the page and summarises its violations. */
async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the pages' CSP rightly blocks a <script> tag.
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  // Strings, as this file is type-checked without the DOM's types.
  return page.evaluate<string[]>(
    `axe.run(document, ${JSON.stringify(AXE_OPTIONS)})` +
      `.then((result) => result.violations.map((v) => v.id + ': ' + v.help))`,
  );
}

describe('the dev mailbox in a browser', () => {
  let dir: string;
  let catcher: RunningService;
  let app: INestApplication;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'lgx-mailbox-axe-'));
    catcher = await startMailCatcher({ dir, port: await freePort() });
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: 'postgres://unused@127.0.0.1:1/unused',
      MEILI_URL: 'http://127.0.0.1:1',
      MEILI_MASTER_KEY: 'unused-master-key-0123456789',
      // Another concern's required key; mail never reads it.
      LGX_SECRET_KEY: 'unused-secret-key-unused-secret-key-unused-secret',
      SMTP_URL: catcher.url,
      MAIL_CATCHER_DIR: dir,
    });
    app = await NestFactory.create(
      {
        module: class MailAxeTestModule {},
        imports: [ConfigModule.forRoot(config), MailModule.forRoot(config)],
      },
      { logger: ['error'] },
    );
    await app.listen(0, '127.0.0.1');
    baseUrl = await app.getUrl();
    browser = await chromium.launch({
      executablePath: process.env['LGX_CHROMIUM'] ?? '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await catcher?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('passes axe, empty, listing and showing a message, with its own style allowed by its CSP', async () => {
    const page = await browser.newPage({ locale: 'en-GB' });
    const blocked: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
    });

    await page.goto(`${baseUrl}/dev/mailbox`);
    expect(await axeViolations(page)).toEqual([]);

    await app.get(Mailer).send({
      to: 'officer@council.gov.uk',
      subject: 'Confirm your email address',
      text: 'Open https://lgx.test/verify-email?token=abc to confirm your email address.',
    });
    await page.reload();
    expect(await page.locator('h1').textContent()).toBe('Dev mailbox');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Confirm your email address' }).click();
    await page.waitForURL(/\/dev\/mailbox\/[\w-]+$/);
    expect(await page.locator('h1').textContent()).toBe('Confirm your email address');
    const link = page.getByRole('link', { name: 'https://lgx.test/verify-email?token=abc' });
    expect(await link.getAttribute('href')).toBe('https://lgx.test/verify-email?token=abc');
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${baseUrl}/dev/mailbox/1-not-there`);
    expect(await page.locator('h1').textContent()).toBe('Message not found');
    expect(await axeViolations(page)).toEqual([]);

    // The inline style applied: the header is GOV.UK black.
    const header = await page.evaluate<string>(
      `getComputedStyle(document.querySelector('.govuk-header')).backgroundColor`,
    );
    expect(header).toBe('rgb(11, 12, 12)');
    expect(blocked.filter((text) => !text.includes('axe'))).toEqual([]);
  });
});
