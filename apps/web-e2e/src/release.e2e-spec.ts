import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

import type { Page, Response } from 'playwright-core';

import { publishedCaseStudy } from './support/api';
import { type BrowserSession, openBrowser } from './support/browser';
import { expectAccessible, heading } from './support/steps';

const ROOT = path.resolve(__dirname, '../../..');

interface Transfer {
  scripts: number;
  all: number;
}

/** Opens a page and adds up what the browser received for it (encoded bytes), by kind. */
async function transferOf(page: Page, open: () => Promise<void>): Promise<Transfer> {
  const responses: Response[] = [];
  const record = (response: Response) => responses.push(response);
  page.on('response', record);
  await open();
  await page.waitForLoadState('networkidle');
  page.off('response', record);
  const sizes = await Promise.all(
    responses.map(async (response) => ({
      url: response.url(),
      bytes: (await response.request().sizes()).responseBodySize,
    })),
  );
  const scripts = sizes.filter((size) => new URL(size.url).pathname.endsWith('.js'));
  const sum = (list: { bytes: number }[]) => list.reduce((n, size) => n + size.bytes, 0);
  return { scripts: sum(scripts), all: sum(sizes) };
}

describe('the release build in a browser', () => {
  let session: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    session = await openBrowser();
    page = session.page;
  });

  afterAll(() => session.close());

  it('keeps the first route within its budget (npm run bench:web-size on the built app)', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['infra/bin/run.cjs', 'bench/web-size.ts'],
      { cwd: ROOT },
    );
    expect(stdout).toMatch(/First route: \d+ bytes Brotli \(budget \d+: within\)/);
    expect(stdout).toMatch(/First page \(\/ with its route's chunks\): \d+ bytes Brotli/);
  });

  it('serves the home page with compressed, cacheable scripts and the account links loaded after', async () => {
    const scripts: Response[] = [];
    const record = (response: Response) => {
      if (response.url().endsWith('.js')) scripts.push(response);
    };
    page.on('response', record);
    const document = await page.goto('/');
    await heading(page, 'Find out what other councils have done');
    // The account links come in their own chunk once the page runs.
    await page.getByRole('link', { name: 'Sign in' }).first().waitFor();
    page.off('response', record);
    expect(document?.headers()['cache-control']).toBe('no-cache');
    expect(scripts.length).toBeGreaterThan(1);
    for (const script of scripts) {
      const headers = script.headers();
      expect(['br', 'gzip']).toContain(headers['content-encoding']);
      expect(headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(headers['content-type']).toBe('text/javascript; charset=utf-8');
    }
    await expectAccessible(page);
  });

  it('prints what the main pages transfer', async () => {
    const fresh = async (open: () => Promise<void>) => {
      await page.context().clearCookies();
      const client = await page.context().newCDPSession(page);
      await client.send('Network.clearBrowserCache');
      await client.detach();
      return transferOf(page, open);
    };
    const home = await fresh(async () => {
      await page.goto('/');
    });
    const search = await fresh(async () => {
      await page.goto('/search?q=parking');
    });
    const caseStudyPath = `/case-studies/${await publishedCaseStudy('Missed bins reported online')}`;
    const caseStudy = await fresh(async () => {
      await page.goto(caseStudyPath);
    });
    const sectorMap = await fresh(async () => {
      await page.goto('/sector-map');
    });
    const pages = {
      '/': home,
      '/search?q=parking': search,
      [`${caseStudyPath}`]: caseStudy,
      '/sector-map': sectorMap,
    };
    console.log(
      Object.entries(pages)
        .map(([url, size]) => `${url}: scripts ${size.scripts} bytes, everything ${size.all} bytes`)
        .join('\n'),
    );
    for (const size of Object.values(pages)) expect(size.scripts).toBeGreaterThan(0);
  });
});
