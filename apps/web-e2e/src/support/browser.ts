import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

/** Debian's Chromium, kept off the network: nothing is downloaded, nothing phones home. */
export const CHROMIUM = process.env['LGX_CHROMIUM'] ?? '/usr/bin/chromium';

export interface BrowserSession {
  browser: Browser;
  page: Page;
  close: () => Promise<void>;
}

export async function openBrowser(): Promise<BrowserSession> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
    ],
  });
  const context = await browser.newContext({ baseURL: baseUrl(), locale: 'en-GB' });
  await delayQueries(context);
  const page = await context.newPage();
  recordFailedResponses(page);
  return {
    browser,
    page,
    // Playwright gives each launch a fresh profile folder and removes it on close.
    close: () => browser.close(),
  };
}

export function baseUrl(): string {
  const url = process.env['LGX_E2E_BASE_URL'];
  if (!url) throw new Error('LGX_E2E_BASE_URL is not set: run with jest.e2e.config.cjs.');
  return url;
}

const failures = new WeakMap<Page, string[]>();

/** Keeps the page's last few refused or failed requests, for a failing step to report. */
function recordFailedResponses(page: Page): void {
  const list: string[] = [];
  failures.set(page, list);
  page.on('response', (response) => {
    if (response.status() < 400) return;
    list.push(`${response.status()} ${response.request().method()} ${response.url()}`);
    if (list.length > 10) list.shift();
  });
}

/** The page's last refused or failed requests (status, method, address), oldest first. */
export function failedResponses(page: Page): string[] {
  return [...(failures.get(page) ?? [])];
}

/**
 * With LGX_E2E_QUERY_DELAY_MS set, every page sends each GraphQL query (a GET)
 * that many milliseconds after it asks for it, as a busy machine's main thread
 * may: a step that checks a page without waiting for what it checks then fails
 * every time, not once in a while in CI. Mutations (POSTs) are not delayed.
 */
async function delayQueries(context: BrowserContext): Promise<void> {
  const delay = Number(process.env['LGX_E2E_QUERY_DELAY_MS'] ?? 0);
  if (!(delay > 0)) return;
  await context.addInitScript((ms: number) => {
    const send = window.fetch.bind(window);
    window.fetch = async (input, init) => {
      if (String(input).startsWith('/graphql?')) await new Promise((done) => setTimeout(done, ms));
      return send(input, init);
    };
  }, delay);
}
