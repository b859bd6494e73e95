import type { Page } from 'playwright-core';

import { type BrowserSession, openBrowser } from './support/browser';
import { expectAccessible, heading, screenshot } from './support/steps';

const WIDTHS = [
  { name: 'desktop', width: 1280, height: 900, folded: false },
  { name: 'phone', width: 390, height: 844, folded: true },
];

/**
 * Follows a link of the service navigation, opening the folded menu first on a
 * phone. Whether it is folded comes from the width, not from isVisible(), which
 * does not wait: just after a page opens the button may not be drawn yet.
 */
async function openFromMenu(page: Page, label: string, folded: boolean): Promise<void> {
  if (folded) await page.getByRole('button', { name: 'Menu' }).click();
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

    it('reads on the home page what LGX holds, then lists case studies from the menu', async () => {
      await page.goto('/');
      await heading(page, 'Find out what other councils have done');
      const figures = page.getByRole('region', { name: 'What LGX holds' });
      await figures.getByText(/councils? taking part$/).waitFor();
      const counts = await figures.getByRole('listitem').allTextContents();
      expect(counts).toHaveLength(4);
      for (const count of counts) expect(count).toMatch(/^[\d,]+ [a-z ]+$/);
      await page.getByRole('region', { name: 'Newest case studies' }).waitFor();
      await screenshot(page, `visitor-${size.name}-home`);
      await expectAccessible(page);

      await openFromMenu(page, 'Case studies', size.folded);
      await page.waitForURL(/\/case-studies$/);
      await heading(page, 'Case studies');
      await page.getByRole('heading', { name: /^[\d,]+ case stud(y|ies)/ }).waitFor();
      await screenshot(page, `visitor-${size.name}-case-studies`);
      await expectAccessible(page);
    });

    it.each([
      { label: 'Procurement groups', path: '/procurement-groups', says: /pool their demand/ },
      { label: 'Suppliers', path: '/suppliers', says: /experiences written by council officers/ },
    ])('opens $label and reads what it is and who may use it, with the way in', async (part) => {
      await page.goto('/');
      await openFromMenu(page, part.label, size.folded);
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
