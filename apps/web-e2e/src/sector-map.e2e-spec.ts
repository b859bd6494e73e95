import type { Page } from 'playwright-core';

import { type BrowserSession, openBrowser } from './support/browser';
import { loaded } from './support/settle';
import { expectAccessible, expectNoSidewaysScroll, heading, screenshot } from './support/steps';

const PHONE = { width: 390, height: 844 };

/** Issue 18, item 2: the sector map, read by a visitor on a phone. */
describe('journey: a visitor reads the sector map on a 390 px phone', () => {
  let session: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    session = await openBrowser();
    page = session.page;
    await page.setViewportSize(PHONE);
  });
  afterAll(() => session?.close());

  it('shows the grid and its table, reaches the cells by keyboard and filters with a GET form', async () => {
    await page.goto('/sector-map');
    await heading(page, 'Sector map');
    const grid = page.getByRole('group', { name: 'Sector map: objectives by technologies' });
    await grid.waitFor();
    await page.getByRole('table', { name: "The sector map's figures" }).waitFor();
    await page.waitForLoadState('networkidle');
    await loaded(page);
    await screenshot(page, 'sector-map', { slices: true });
    await expectAccessible(page);
    await expectNoSidewaysScroll(page);

    // The keyboard reaches the cells (links to their pages), and each says its figures (or that they are held back).
    const firstCell = grid.getByRole('link').first();
    await firstCell.focus();
    expect(await firstCell.getAttribute('aria-label')).toMatch(
      /^Efficiency and productivity, AI and machine learning: /,
    );

    const form = page.getByRole('form', { name: 'Filter the sector map' });
    await form.getByLabel('Council type').selectOption('UA');
    await form.getByLabel(/Region/).fill('East Midlands');
    await form.getByRole('button', { name: 'Show the map' }).click();
    await page.waitForURL(/\/sector-map\?councilType=UA&nation=&region=East\+Midlands/);
    await page.getByRole('table', { name: "The sector map's figures" }).waitFor();
    await expectAccessible(page);
    await expectNoSidewaysScroll(page);
  });
});
