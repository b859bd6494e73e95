import type { Page } from 'playwright-core';

import { type BrowserSession, openBrowser } from './support/browser';
import { expectAccessible, heading, screenshot } from './support/steps';

/** The page is no wider than the window: nothing makes a phone scroll sideways. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    window: document.documentElement.clientWidth,
  }));
  expect(widths.page).toBeLessThanOrEqual(widths.window);
}

async function checked(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await screenshot(page, `contracts-${name}`);
  await expectAccessible(page);
  await expectNoSidewaysScroll(page);
}

describe('journey: a visitor reads Derby’s public contracts on a 390 px phone', () => {
  let session: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    session = await openBrowser();
    page = session.page;
    await page.setViewportSize({ width: 390, height: 844 });
  });

  afterAll(() => session.close());

  it('sees the current contracts on Derby’s page, ending soon first, and opens one, its supplier and its council', async () => {
    await page.goto('/councils/DER');
    await heading(page, /Derby/);
    const section = page.getByRole('region', { name: 'Contracts' });
    const rows = section.getByRole('row');
    await rows.nth(1).waitFor();
    // The revenues contract ends in 2030; the waste one in 2031, but may run to 2033.
    await expect(rows.nth(1).textContent()).resolves.toContain('Revenues and benefits system');
    await expect(rows.nth(1).textContent()).resolves.toContain('180,000.5 (currency not stated)');
    await expect(rows.nth(2).textContent()).resolves.toContain('£4,250,000');
    await expect(rows.nth(2).textContent()).resolves.toContain('31 March 2033');
    await checked(page, 'council');

    await section.getByRole('link', { name: /Household waste and recycling/ }).click();
    await heading(page, /Household waste and recycling/);
    await page.getByText('expected, from the award notice').waitFor();
    await page.getByText('Published as “Derby City Council”').waitFor();
    await page.getByText(/Source: Contracts Finder \/ Find a Tender/).waitFor();
    await checked(page, 'contract');

    await page.getByRole('link', { name: 'Journey Waste Services Limited' }).click();
    await heading(page, 'Public contracts of this supplier');
    await page
      .getByRole('region', { name: 'Public contracts' })
      .getByRole('link', { name: /Household waste and recycling/ })
      .waitFor();
    await checked(page, 'supplier');
  });

  it('is told plainly when a contract id is unknown', async () => {
    await page.goto('/contracts/ocds-no-such-contract');
    await heading(page, 'Contract not found');
    await checked(page, 'not-found');
  });
});
