import type { Page } from 'playwright-core';

import { openProcurementGroup, publishedCaseStudy } from './support/api';
import { type BrowserSession, openBrowser } from './support/browser';
import { loaded } from './support/settle';
import { expectAccessible, screenshot, seeded, signIn } from './support/steps';

/** An iPhone 13's width in CSS pixels, the narrow screen the issue names. */
const PHONE = { width: 390, height: 844 };
const TITLE = 'Phone: bulky waste collections booked online';
const GROUP = 'Phone: one housing system, bought together';

interface Overflow {
  page: string;
  pageWidth: number;
  viewportWidth: number;
  /** The widest elements that stick out past the right edge, for a readable failure. */
  culprits: string[];
}

/** How wide the page is against the window: wider means the person must scroll sideways. */
async function horizontalOverflow(page: Page, name: string): Promise<Overflow> {
  const measured = await page.evaluate(() => {
    const viewportWidth = document.documentElement.clientWidth;
    const culprits = [...document.querySelectorAll('body *')]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        // Inside a box that scrolls by itself is fine: the page does not move.
        return (
          box.right > viewportWidth + 1 && !element.closest('.lgx-scroll-box, .lgx-prose table')
        );
      })
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`);
    return { pageWidth: document.documentElement.scrollWidth, viewportWidth, culprits };
  });
  return { page: name, ...measured };
}

/** Opens a page, waits for its heading and for its data, then checks it and keeps a picture. */
async function visit(page: Page, path: string, name: string): Promise<Overflow> {
  await page.goto(path);
  await page.locator('h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  // networkidle is 500 ms without requests; a section may not have asked yet.
  await loaded(page);
  await screenshot(page, `phone-${name}`);
  await expectAccessible(page);
  return horizontalOverflow(page, name);
}

function report(results: Overflow[]): void {
  process.stdout.write(
    `\n390 px: page width against window width\n${results
      .map(
        ({ page, pageWidth, viewportWidth, culprits }) =>
          `  ${pageWidth <= viewportWidth ? 'fits    ' : 'OVERFLOWS'} ${pageWidth}/${viewportWidth} px  ${page}${culprits.length ? `  (${culprits.join(', ')})` : ''}`,
      )
      .join('\n')}\n`,
  );
}

describe('journey: every main page on a 390 px phone', () => {
  let session: BrowserSession;
  let page: Page;
  let caseStudyId: string;
  let groupId: string;
  const results: Overflow[] = [];

  beforeAll(async () => {
    caseStudyId = await publishedCaseStudy(TITLE);
    groupId = await openProcurementGroup(GROUP, '48000000-8');
    session = await openBrowser();
    page = session.page;
    await page.setViewportSize(PHONE);
  });

  afterAll(async () => {
    report(results);
    await session.close();
  });

  it('a visitor can reach every page from the folded menu, and no page scrolls sideways', async () => {
    results.push(await visit(page, '/', 'home'));
    const menu = page.getByRole('button', { name: 'Menu' });
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(
      page.getByRole('link', { name: 'Councils', exact: true }).isVisible(),
    ).resolves.toBe(false);
    await menu.click();
    await page
      .getByRole('navigation', { name: 'Menu' })
      .getByRole('link', { name: 'Councils' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Councils' }).waitFor();
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');

    results.push(await visit(page, '/councils', 'councils'));
    results.push(await visit(page, '/councils/DER', 'council'));
    results.push(await visit(page, '/search?q=waste', 'search'));
    results.push(await visit(page, `/case-studies/${caseStudyId}`, 'case-study'));
    results.push(await visit(page, '/components', 'components'));
    results.push(await visit(page, '/procurement-groups', 'procurement-groups-visitor'));
    results.push(await visit(page, '/suppliers', 'suppliers-visitor'));
    results.push(await visit(page, '/create-account', 'create-account'));
    results.push(await visit(page, '/sign-in', 'sign-in'));
    expect(results.filter(({ pageWidth, viewportWidth }) => pageWidth > viewportWidth)).toEqual([]);
  });

  it('an officer can use their pages on the phone, and none scrolls sideways', async () => {
    const from = results.length;
    await page.goto('/sign-in');
    await signIn(
      page,
      seeded('LGX_E2E_NOTTINGHAM_OFFICER_EMAIL'),
      seeded('LGX_E2E_NOTTINGHAM_OFFICER_PASSWORD'),
    );
    await page
      .getByRole('navigation', { name: 'Your account' })
      .getByRole('button', { name: 'Sign out' })
      .waitFor();
    results.push(await visit(page, '/procurement-groups', 'procurement-groups'));
    // A group of this journey's own: the first in the list is whichever journey ran before.
    results.push(await visit(page, `/procurement-groups/${groupId}`, 'procurement-group'));
    await page.getByRole('heading', { level: 1, name: GROUP }).waitFor();
    results.push(await visit(page, '/suppliers', 'suppliers'));
    results.push(await visit(page, '/supplier-experiences/new', 'new-supplier-experience'));
    results.push(await visit(page, '/account', 'account'));
    results.push(await visit(page, '/search?q=', 'search-everything'));
    expect(
      results.slice(from).filter(({ pageWidth, viewportWidth }) => pageWidth > viewportWidth),
    ).toEqual([]);
  });
});
