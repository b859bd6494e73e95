import type { Page } from 'playwright-core';

import { type BrowserSession, openBrowser } from './support/browser';
import { expectAccessible, heading, screenshot } from './support/steps';

const WIDTHS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];

/** Follows a link of the service navigation, opening the folded menu first on a phone. */
async function openFromMenu(page: Page, label: string): Promise<void> {
  const menu = page.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: label }).click();
}

describe.each(WIDTHS)(
  'journey: a visitor finds out what the officers-only parts are ($name)',
  (size) => {
    let session: BrowserSession;
    let page: Page;

    beforeAll(async () => {
      session = await openBrowser();
      page = session.page;
      await page.setViewportSize({ width: size.width, height: size.height });
    });

    afterAll(() => session.close());

    it.each([
      { label: 'Procurement groups', path: '/procurement-groups', says: /pool their demand/ },
      { label: 'Suppliers', path: '/suppliers', says: /experiences written by council officers/ },
    ])('opens $label and reads what it is and who may use it, with the way in', async (part) => {
      await page.goto('/');
      await openFromMenu(page, part.label);
      await page.waitForURL(new RegExp(`${part.path}$`));
      await heading(page, part.label);
      await page.getByText(part.says).waitFor();
      await page.getByRole('heading', { name: 'Who can use it' }).waitFor();
      await screenshot(page, `visitor-${size.name}${part.path.replace('/', '-')}`);
      await expectAccessible(page);

      const main = page.getByRole('main');
      expect(await main.getByRole('link', { name: 'Create an account' }).getAttribute('href')).toBe(
        '/create-account',
      );
      await main.getByRole('link', { name: 'Sign in', exact: true }).click();
      await page.waitForURL(new RegExp(`/sign-in\\?returnTo=${encodeURIComponent(part.path)}$`));
      await heading(page, 'Sign in');
      await expectAccessible(page);
    });
  },
);
