import { mkdirSync } from 'node:fs';
import path from 'node:path';

import type { Page } from 'playwright-core';

import { axeViolations } from './axe';
import { failedResponses } from './browser';

/** Steps every journey takes: seeded accounts, accessibility, headings, signing in and out. */

/** A value the e2e set-up seeded (an account's email or password), read from the environment. */
export function seeded(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run with jest.e2e.config.cjs.`);
  return value;
}

export async function expectAccessible(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

export async function heading(page: Page, name: string | RegExp): Promise<void> {
  try {
    await page.getByRole('heading', { level: 1, name }).waitFor();
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${await whereWeAre(page)}`);
  }
}

/** What the page shows instead, so a journey that fails says why: address, headings, errors, refused requests. */
async function whereWeAre(page: Page): Promise<string> {
  const texts = (selector: string) =>
    page
      .locator(selector)
      .allInnerTexts()
      .catch(() => ['(unreadable)']);
  const lines = [
    `On ${page.url()}`,
    `  headings: ${JSON.stringify(await texts('h1'))}`,
    `  error summary: ${JSON.stringify(await texts('.govuk-error-summary'))}`,
    `  refused or failed requests: ${JSON.stringify(failedResponses(page))}`,
  ];
  return lines.join('\n');
}

/** Fills in and sends the sign-in form that is on the page now. */
export async function fillSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** Waits for the sign-in page, then signs in. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await heading(page, 'Sign in');
  await fillSignIn(page, email, password);
}

export async function signOut(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Your account' })
    .getByRole('button', { name: 'Sign out' })
    .click();
  await heading(page, 'You have signed out');
}

/**
 * With LGX_E2E_SCREENSHOTS set to a folder, keeps a full-page picture of this
 * step; with `slices`, also in slices of 1200 pixels a person can look at.
 */
export async function screenshot(
  page: Page,
  name: string,
  { slices = false }: { slices?: boolean } = {},
): Promise<void> {
  const folder = process.env['LGX_E2E_SCREENSHOTS'];
  if (!folder) return;
  mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: path.join(folder, `${name}.png`), fullPage: true });
  if (!slices) return;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const width = page.viewportSize()?.width ?? 1280;
  for (let y = 0, part = 1; y < height; y += 1200, part++) {
    await page.screenshot({
      path: path.join(folder, `${name}-${part}.png`),
      fullPage: true,
      clip: { x: 0, y, width, height: Math.min(1200, height - y) },
    });
  }
}

/** The page is no wider than the window: nothing makes a phone scroll sideways (a wide table or chart scrolls in its own box). */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    window: document.documentElement.clientWidth,
  }));
  expect(widths.page).toBeLessThanOrEqual(widths.window);
}
