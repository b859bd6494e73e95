import type { Page } from 'playwright-core';

import { axeViolations } from './support/axe';
import { type BrowserSession, openBrowser } from './support/browser';
import { waitWithReload } from './support/reload';

const SERVICE = 'LGX, the LocalGov Exchange';
const COUNT = /^(Showing \d[\d,]* (to \d[\d,]* of \d[\d,]* results|result)|No results)$/;

async function expectAccessible(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

const results = (page: Page) => page.getByRole('region', { name: 'Search results' });
/** The results count, which shows "Searching…" until the results are in. */
const settledCount = (page: Page, text: string | RegExp = COUNT) =>
  results(page).getByRole('status').filter({ hasText: text });
const searchBox = (page: Page) =>
  page.getByRole('search').getByRole('searchbox', { name: 'Search LGX' });

/** Waits until the results match the address: not loading, with their count shown. */
async function settled(page: Page): Promise<string> {
  await settledCount(page).waitFor();
  await results(page).locator('[aria-busy="false"]').waitFor();
  const count = await results(page).getByRole('status').textContent();
  expect(count).toMatch(COUNT);
  return count ?? '';
}

/**
 * Waits for a result, reloading while the indexer may still be indexing the
 * register just after start-up (bounded: 20 s).
 */
async function waitForResult(page: Page, title: string): Promise<void> {
  await waitWithReload(page, results(page).getByRole('link', { name: title, exact: true }));
  await settled(page);
}

describe('journey: search for a council with a typo, filter, open it and come back', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await openBrowser();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('searches from the header, narrows as it types, filters and keeps it all on back', async () => {
    const { page } = session;

    // The header's search box works from any page.
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expectAccessible(page);
    const header = page.getByRole('search', { name: 'Site search' });
    await header.getByLabel('Search LGX').fill('Notingham');
    await header.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\/search\?q=Notingham$/, { waitUntil: 'commit' });
    await waitForResult(page, 'Nottingham');

    // On the search page its own box takes over, as the page's heading.
    expect(await page.getByRole('search', { name: 'Site search' }).count()).toBe(0);
    await page.getByRole('heading', { level: 1, name: 'Search LGX' }).waitFor();
    expect(await searchBox(page).inputValue()).toBe('Notingham');
    expect(await page.title()).toBe(`Search results for “Notingham” – ${SERVICE}`);
    // The match is marked in the title, as text.
    const nottingham = results(page).getByRole('link', { name: 'Nottingham', exact: true });
    expect(await nottingham.locator('mark').first().textContent()).toMatch(/^Notting/);
    await results(page).getByText('Council', { exact: true }).first().waitFor();
    await expectAccessible(page);

    // Typing updates the results and the address, without a history entry per key.
    const historyLength = await page.evaluate(() => history.length);
    await searchBox(page).fill('');
    await searchBox(page).pressSequentially('derbyshre', { delay: 40 });
    await page.waitForURL(/\/search\?q=derbyshre$/, { waitUntil: 'commit' });
    await waitForResult(page, 'Derbyshire Dales');
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    const unfiltered = await settled(page);
    await expectAccessible(page);

    // Ticking a type of council filters the results and goes in the address.
    const councilType = page.getByRole('group', { name: 'Type of council' });
    const typeCounts = () =>
      page.getByRole('group', { name: 'Content type' }).locator('label').allTextContents();
    const typesBefore = await typeCounts();
    await councilType.getByLabel(/^District council \(\d+\)$/).check();
    await page.waitForURL(/\/search\?q=derbyshre&councilType=NMD$/, { waitUntil: 'commit' });
    await settledCount(page).filter({ hasNotText: unfiltered }).waitFor();
    const byType = await settled(page);
    expect(byType).not.toBe(unfiltered);
    expect(await typeCounts()).not.toEqual(typesBefore);
    expect(await councilType.getByLabel(/^District council/).isChecked()).toBe(true);
    // Derbyshire itself is a county council: it leaves the results but stays on offer as a filter.
    expect(await results(page).getByRole('link', { name: 'Derbyshire', exact: true }).count()).toBe(
      0,
    );
    await councilType.getByLabel(/^County council \(\d+\)$/).waitFor();
    await page.getByRole('link', { name: 'Clear filters' }).waitFor();
    await expectAccessible(page);

    // A second filter, by region, adds to the first.
    const region = page.getByRole('group', { name: 'Region' });
    await region.getByLabel(/^East Midlands \(\d+\)$/).check();
    await page.waitForURL(/\/search\?q=derbyshre&councilType=NMD&region=East\+Midlands$/, {
      waitUntil: 'commit',
    });
    await waitForResult(page, 'Derbyshire Dales');
    const filtered = await settled(page);
    await expectAccessible(page);

    // Open a result, then come back to the same results.
    await results(page).getByRole('link', { name: 'Derbyshire Dales', exact: true }).click();
    await page.waitForURL(/\/councils\/DEB$/, { waitUntil: 'commit' });
    await page.getByRole('heading', { level: 1, name: 'Derbyshire Dales' }).waitFor();
    await expectAccessible(page);

    await page.goBack();
    await page.waitForURL(/\/search\?q=derbyshre&councilType=NMD&region=East\+Midlands$/, {
      waitUntil: 'commit',
    });
    expect(await settled(page)).toBe(filtered);
    expect(await searchBox(page).inputValue()).toBe('derbyshre');
    expect(await councilType.getByLabel(/^District council/).isChecked()).toBe(true);
    expect(await region.getByLabel(/^East Midlands/).isChecked()).toBe(true);
    await results(page).getByRole('link', { name: 'Derbyshire Dales', exact: true }).waitFor();
    await expectAccessible(page);

    // Nothing matches: say what to try.
    await searchBox(page).fill('qqxzvbnm');
    await page.waitForURL(/q=qqxzvbnm/, { waitUntil: 'commit' });
    await page.getByText('There are no matching results.').waitFor();
    expect(await settled(page)).toBe('No results');
    await page.getByText('Check your spelling').waitFor();
    await expectAccessible(page);

    // Clearing filters keeps the words.
    await page.getByRole('link', { name: 'Clear filters' }).first().click();
    await page.waitForURL(/\/search\?q=qqxzvbnm$/, { waitUntil: 'commit' });
    await settled(page);
    expect(await searchBox(page).inputValue()).toBe('qqxzvbnm');
    await expectAccessible(page);
  });

  it('lists no council without words, and former councils only when asked for', async () => {
    const { page } = session;
    await page.goto('/search');
    await settled(page);
    // The register is not listed without words, but counted so its type can be chosen.
    expect(await results(page).getByText('Council', { exact: true }).count()).toBe(0);
    await page
      .getByRole('group', { name: 'Content type' })
      .getByLabel(/^Council \(\d+\)$/)
      .waitFor();
    expect(await page.getByRole('group', { name: 'Former councils' }).count()).toBe(0);
    await expectAccessible(page);

    // Forest Heath was merged into West Suffolk in 2019: found only when asked for.
    await page.goto('/search?q=Forest+Heath');
    expect(await settled(page)).toBe('No results');
    await page
      .getByRole('group', { name: 'Former councils' })
      .getByLabel('Include former councils')
      .check();
    await page.waitForURL(/\/search\?q=Forest\+Heath&former=yes$/, { waitUntil: 'commit' });
    await waitForResult(page, 'Forest Heath');
    await expectAccessible(page);
  });

  it('pages through results with Next and Previous, the cursor in the address', async () => {
    const { page } = session;
    await page.goto('/search?type=council&sort=name');
    await page.getByRole('link', { name: 'Aberdeen City', exact: true }).waitFor();
    expect(await settled(page)).toMatch(/^Showing 1 to 20 of \d+ results$/);
    expect(await page.getByLabel('Sort by').inputValue()).toBe('NAME');

    await page.getByRole('link', { name: /Next page/ }).click();
    await page.waitForURL(/after=/, { waitUntil: 'commit' });
    await settledCount(page, /^Showing 21 to 40 /).waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: /Previous page/ }).click();
    await page.waitForURL(/\/search\?type=council&sort=name$/, { waitUntil: 'commit' });
    await settledCount(page, /^Showing 1 to 20 /).waitFor();
  });
});
