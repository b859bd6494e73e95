import type { Page } from 'playwright-core';

import { signInAdmin } from './support/admin-sign-in';
import { openProcurementGroup } from './support/api';
import { type BrowserSession, openBrowser } from './support/browser';
import { loaded } from './support/settle';
import {
  expectAccessible,
  expectNoSidewaysScroll,
  heading,
  screenshot,
  seeded,
  signIn,
  signOut,
} from './support/steps';

async function checked(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  // networkidle is 500 ms without requests; a section may not have asked yet.
  await loaded(page);
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
    const section = page.getByRole('region', { name: 'Contracts', exact: true });
    const rows = section.getByRole('row');
    await rows.nth(1).waitFor();
    // Housing repairs ends in 8 months (contract-fixtures.cjs); the revenues contract in 2030;
    // the waste one in 2031, but may run to 2033. The print contract has ended: not listed.
    await expect(rows.nth(1).textContent()).resolves.toContain('Housing repairs management system');
    await expect(rows.nth(2).textContent()).resolves.toContain('Revenues and benefits system');
    await expect(rows.nth(2).textContent()).resolves.toContain('180,000.5 (currency not stated)');
    await expect(rows.nth(3).textContent()).resolves.toContain('£4,250,000');
    await expect(rows.nth(3).textContent()).resolves.toContain('31 March 2033');
    expect(await section.getByText('Print and post for council tax bills').count()).toBe(0);
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

async function signInAs(page: Page, account: string, path: string): Promise<void> {
  await page.goto(`/sign-in?returnTo=${encodeURIComponent(path)}`);
  await signIn(page, seeded(`LGX_E2E_${account}_EMAIL`), seeded(`LGX_E2E_${account}_PASSWORD`));
}

describe('journey: the renewal radar from public contracts, and a buyer matched by hand', () => {
  const GROUP = 'Housing management system, bought together';
  let session: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    session = await openBrowser();
    page = session.page;
    // Nottingham gathers councils for a housing system (CPV division 72, IT services).
    await openProcurementGroup(GROUP, '72000000-5');
  });

  afterAll(() => session.close());

  it('shows a Derby officer a peer’s contract in the same category ending within a year, and the group that matches', async () => {
    await signInAs(page, 'EDITOR', '/councils/DER');
    await heading(page, /Derby/);
    const endings = page.getByRole('region', { name: 'Your contracts ending' });
    const ending = endings
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: 'Housing repairs management system' }) })
      .first();
    await ending.waitFor();
    // Nottingham's tenancy software (division 72) ends six months after Derby's repairs system.
    const peer = ending.getByRole('listitem').filter({ hasText: /^Nottingham:/ });
    await peer.getByRole('link', { name: 'Tenancy management software' }).waitFor();
    await ending.getByRole('link', { name: GROUP }).waitFor();
    await ending.getByText('Procurement Act 2023 timing').waitFor();
    const groupsForYou = page.getByRole('region', { name: 'Groups for you' });
    await groupsForYou.getByRole('link', { name: GROUP }).waitFor();
    await checked(page, 'radar');

    // The peer's contract opens on its own page.
    await peer.getByRole('link', { name: 'Tenancy management software' }).click();
    await heading(page, 'Tenancy management software');
    await page
      .getByRole('link', { name: /^Nottingham/ })
      .first()
      .waitFor();
    await signOut(page);
  });

  it('lets a platform admin match a buyer name the matcher could not place, and Nottingham’s page then lists it', async () => {
    await page.goto('/councils/NGM');
    await heading(page, /Nottingham/);
    const contracts = page.getByRole('region', { name: 'Contracts', exact: true });
    await contracts.getByRole('link', { name: 'Tenancy management software' }).waitFor();
    expect(await contracts.getByText('Translation and interpreting services').count()).toBe(0);

    // The admin pages need a platform admin with two-factor authentication.
    await page.goto('/sign-in?returnTo=%2Fcontracts%2Fbuyers');
    await signInAdmin(
      page,
      seeded('LGX_E2E_CONTRACTS_PLATFORM_ADMIN_EMAIL'),
      seeded('LGX_E2E_CONTRACTS_PLATFORM_ADMIN_PASSWORD'),
    );
    await heading(page, 'Contract buyers to match');
    const card = page.locator('.govuk-summary-card').filter({ hasText: 'Nottm City Council' });
    await card.getByText('Translation and interpreting services').waitFor();
    await checked(page, 'buyers');
    const council = card.getByRole('combobox', { name: 'Which council is it?' });
    await council.pressSequentially('Nottingham');
    await page.getByRole('option', { name: /^Nottingham City Council/ }).click();
    await card.getByRole('button', { name: /^Match to the chosen council/ }).click();
    await page
      .getByText(
        '“Nottm City Council” is now matched to Nottingham City Council: 1 contract updated.',
      )
      .waitFor();
    const decisions = page.getByRole('table').filter({ hasText: 'Nottm City Council' });
    await decisions.getByText('Nottingham City Council').waitFor();
    await checked(page, 'buyer-matched');
    await signOut(page);

    await page.goto('/councils/NGM');
    await heading(page, /Nottingham/);
    await page
      .getByRole('region', { name: 'Contracts', exact: true })
      .getByRole('link', { name: 'Translation and interpreting services' })
      .waitFor();
  });
});
