import type { Page } from 'playwright-core';

import { type BrowserSession, openBrowser } from './support/browser';
import { expectAccessible, heading } from './support/steps';

/** Issue 18, item 5: the sector map limited to measured figures, and a cell opened from it. */
describe('journey: a visitor limits the sector map to measured figures and opens a cell', () => {
  let session: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    session = await openBrowser();
    page = session.page;
  });
  afterAll(() => session?.close());

  it('ticks "Only measured figures (actuals)", keeps it in the address and carries it to the cell', async () => {
    await page.goto('/sector-map');
    await heading(page, 'Sector map');
    const form = page.getByRole('form', { name: 'Filter the sector map' });
    await form.getByRole('checkbox', { name: 'Only measured figures (actuals)' }).check();
    await form.getByRole('button', { name: 'Show the map' }).click();
    await page.waitForURL(/\/sector-map\?.*measuredOnly=true/);
    await page.getByRole('table', { name: "The sector map's figures" }).waitFor();
    await page.getByText(/^Only measured figures: practice counts/).waitFor();
    expect(
      await form.getByRole('checkbox', { name: 'Only measured figures (actuals)' }).isChecked(),
    ).toBe(true);
    await expectAccessible(page);

    const grid = page.getByRole('group', { name: 'Sector map: objectives by technologies' });
    await grid.getByRole('link').first().click();
    await page.waitForURL(/\/sector-map\/EFFICIENCY\/AI\?measuredOnly=true$/);
    await page.getByRole('region', { name: 'Case studies' }).waitFor();
    await page.getByText(/^Only measured figures: practice counts/).waitFor();
    // The business case from this cell keeps to measured figures too.
    expect(
      await page.getByRole('link', { name: 'Start our business case' }).getAttribute('href'),
    ).toBe('/business-case?objective=EFFICIENCY&technology=AI&measuredOnly=true');
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Show all figures' }).click();
    await page.waitForURL(/\/sector-map\/EFFICIENCY\/AI$/);
    await page.getByText(/^All figures: practice counts/).waitFor();
    expect(
      await page.getByRole('link', { name: 'Start our business case' }).getAttribute('href'),
    ).toBe('/business-case?objective=EFFICIENCY&technology=AI');
  });
});
