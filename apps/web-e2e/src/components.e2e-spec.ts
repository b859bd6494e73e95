import type { Page } from 'playwright-core';

import { type BrowserSession, openBrowser } from './support/browser';
import { expectAccessible, heading, screenshot, seeded, signIn, signOut } from './support/steps';

const NAME = 'Street lighting fault reporter';
/** Sorts before NAME by name, so "most adopted" has to put NAME first on its own merit. */
const OTHER = 'Allotment waiting list';
const TEMPLATE = 'DPIA template for AI pilots';

/** A publiccode.yml written from the standard, with one mistake: a development status it does not have. */
const PUBLICCODE = `publiccodeYmlVersion: "0.4"
name: ${NAME}
url: https://github.com/derby-city-council/street-lighting-faults.git
platforms:
  - web
categories:
  - feedback-and-reviews-management
developmentStatus: finished
softwareType: standalone/web
description:
  en-GB:
    shortDescription: Residents report broken street lights on a map and follow the repair.
    longDescription: >
      Residents report a broken street light by choosing it on a map. The report goes
      straight to the lighting contractor's queue with the column number, and the
      resident can follow the repair until it is done. Officers see every report,
      its age and its status in one place, so nothing waits unseen.
    features:
      - Report a fault on a map
      - Follow the repair
legal:
  license: MIT
maintenance:
  type: internal
  contacts:
    - name: Eddie Editor
localisation:
  localisationReady: false
  availableLanguages:
    - en
`;

/** Publishes the component shown, through the confirmation that says who will see it. */
async function publishComponent(page: Page, options: { checkPage?: boolean } = {}): Promise<void> {
  await page.getByRole('button', { name: 'Publish' }).click();
  const step = page.getByRole('region', { name: 'Publish this component?' });
  await step.getByText('including people who are not signed in to LGX').waitFor();
  if (options.checkPage) {
    await expectAccessible(page);
    await screenshot(page, 'component-publish-confirm');
  }
  await step.getByRole('button', { name: 'Publish' }).click();
  await page.getByText('The component has been published').waitFor();
}

describe('journey: a council imports a component, another records using it, and it leads "most adopted"', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await openBrowser();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('imports a publiccode.yml, fixes the error it reported, publishes; Nottingham records adoption', async () => {
    const { page } = session;

    // The catalogue is public; only editors are offered the import.
    await page.goto('/components');
    await heading(page, 'Reusable components');
    await page.getByRole('heading', { level: 2, name: /components?$/ }).waitFor();
    expect(await page.getByRole('link', { name: 'Import from publiccode.yml' }).count()).toBe(0);
    await expectAccessible(page);

    await page.goto('/sign-in?returnTo=%2Fcomponents');
    await signIn(page, seeded('LGX_E2E_EDITOR_EMAIL'), seeded('LGX_E2E_EDITOR_PASSWORD'));
    await heading(page, 'Reusable components');
    await page.getByRole('link', { name: 'Import from publiccode.yml' }).click();
    await heading(page, 'Import a component from publiccode.yml');
    await expectAccessible(page);

    // The file has a mistake: the results list it with its key and line, and nothing is saved.
    const pasted = page.getByLabel('Paste the publiccode.yml');
    await pasted.fill(PUBLICCODE);
    await page.getByRole('button', { name: 'Check and import' }).click();
    await page.getByText('The file was not imported: 1 problem to fix').waitFor();
    const errors = page.locator('table', { has: page.locator('caption', { hasText: /^Errors$/ }) });
    const row = errors.locator('tbody tr');
    expect(await row.count()).toBe(1);
    expect(await row.locator('td').allTextContents()).toEqual([
      '8',
      'developmentStatus',
      '"finished" is not allowed: use one of "concept", "development", "beta", "stable", "obsolete"',
    ]);
    await page
      .locator('table', { has: page.locator('caption', { hasText: 'Warnings' }) })
      .getByText('publiccodeYmlVersion')
      .waitFor();
    expect(await page.title()).toMatch(/^Error: Import a component/);
    await screenshot(page, 'component-import-errors');
    await expectAccessible(page);

    // Fixed, it imports as a draft of Derby's.
    await pasted.fill(
      PUBLICCODE.replace('developmentStatus: finished', 'developmentStatus: stable'),
    );
    await page.getByRole('button', { name: 'Check and import' }).click();
    await page.getByText(`${NAME} has been imported as a draft`).waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Check it and publish it' }).click();
    await heading(page, NAME);
    await page.getByText('Draft: only its maintaining councils can see this').waitFor();
    await page.getByRole('link', { name: 'Derby' }).first().waitFor();
    await expectAccessible(page);
    await publishComponent(page, { checkPage: true });
    expect(await page.getByText('Draft: only its maintaining councils can see this').count()).toBe(
      0,
    );
    await expectAccessible(page);
    const componentPath = new URL(page.url()).pathname;

    // A second component, which no council will record using: it must come after the first.
    await page.goto('/components/import');
    await heading(page, 'Import a component from publiccode.yml');
    await pasted.fill(
      PUBLICCODE.replace('developmentStatus: finished', 'developmentStatus: beta')
        .replace(`name: ${NAME}`, `name: ${OTHER}`)
        .replace('street-lighting-faults', 'allotment-waiting-list'),
    );
    await page.getByRole('button', { name: 'Check and import' }).click();
    await page.getByText(`${OTHER} has been imported as a draft`).waitFor();
    await page.getByRole('link', { name: 'Check it and publish it' }).click();
    await heading(page, OTHER);
    await publishComponent(page);

    // Derby's council page lists what it maintains.
    await page.goto('/councils/DER');
    await page.getByRole('heading', { level: 3, name: 'What Derby maintains' }).waitFor();
    await page.getByRole('link', { name: NAME }).waitFor();
    await expectAccessible(page);
    await signOut(page);

    // An officer of Nottingham records that Nottingham uses it.
    await page.goto(`/sign-in?returnTo=${encodeURIComponent(componentPath)}`);
    await signIn(
      page,
      seeded('LGX_E2E_NOTTINGHAM_OFFICER_EMAIL'),
      seeded('LGX_E2E_NOTTINGHAM_OFFICER_PASSWORD'),
    );
    await heading(page, NAME);
    expect(await page.getByRole('button', { name: 'Publish' }).count()).toBe(0);
    await page.getByText('No council has recorded using it yet.').waitFor();
    await page.getByRole('button', { name: 'We use this' }).click();
    await page.getByText('Choose evaluating, in use or stopped using').first().waitFor();
    await expectAccessible(page);
    await page.getByLabel('In use', { exact: true }).check();
    const started = page.getByRole('group', { name: 'When did you start? (optional)' });
    await started.getByLabel('Day').fill('1');
    await started.getByLabel('Month').fill('9');
    await started.getByLabel('Year').fill('2025');
    await page
      .getByLabel('Note for other officers (optional)')
      .fill('We use it for reports in the city centre.');
    await page.getByLabel('Officers of other councils may email me questions about it').check();
    await page.getByRole('button', { name: 'We use this' }).click();
    await page.getByText(/Nottingham’s use of .* has been recorded/).waitFor();
    const adopters = page.locator('table', {
      has: page.locator('caption', { hasText: 'Councils that recorded using it' }),
    });
    await adopters.getByRole('cell', { name: 'In use' }).waitFor();
    expect(await adopters.getByRole('link').allTextContents()).toEqual(['Nottingham']);
    await adopters
      .getByRole('cell', { name: 'We use it for reports in the city centre.' })
      .waitFor();
    await page.getByRole('img', { name: 'Map of the UK: Nottingham (in use)' }).waitFor();
    await screenshot(page, 'component-adopted');
    expect(await page.locator('.lgx-adoption-counts li').allTextContents()).toEqual([
      '1 in use',
      '0 evaluating',
      '0 stopped using',
    ]);
    await expectAccessible(page);

    // Search, sorted by most adopted, puts it first (the index catches up within moments).
    const deadline = Date.now() + 20_000;
    let first = '';
    for (;;) {
      await page.goto('/search?type=component&sort=most-adopted');
      await page.locator('.lgx-search-results li').first().waitFor();
      first = (await page.locator('.lgx-search-results li a').first().textContent()) ?? '';
      if (first.includes(NAME) || Date.now() > deadline) break;
      await page.waitForTimeout(500);
    }
    expect(first).toContain(NAME);
    const titles = await page.locator('.lgx-search-results li a').allTextContents();
    expect(titles.findIndex((t) => t.includes(OTHER))).toBeGreaterThan(0);
    await page
      .locator('.lgx-search-results > li', { hasText: NAME })
      .getByText('1 council uses or is evaluating it')
      .waitFor();
    await expectAccessible(page);

    // And the catalogue, most adopted first by default; with a filter.
    await page.goto('/components');
    await heading(page, 'Reusable components');
    await page.locator('.lgx-catalogue li').nth(1).waitFor();
    expect(await page.locator('.lgx-catalogue li a').allTextContents()).toEqual([NAME, OTHER]);
    // Each result says how many councils use it.
    await page
      .locator('.lgx-catalogue > li', { hasText: NAME })
      .getByText('1 council uses or is evaluating it')
      .waitFor();
    await page
      .locator('.lgx-catalogue > li', { hasText: OTHER })
      .getByText('No council uses it yet')
      .waitFor();
    await page.getByLabel(/^MIT \(\d+\)$/).check();
    await page.waitForURL(/licence=MIT/);
    await page.getByRole('link', { name: NAME }).waitFor();
    await page.getByLabel(/^MIT \(\d+\)$/).waitFor();
    expect(await page.getByLabel(/^MIT \(\d+\)$/).isChecked()).toBe(true);
    await expectAccessible(page);
    await signOut(page);

    // Derby asks the adopters: the question goes by email to Nottingham's officer.
    await page.goto(`/sign-in?returnTo=${encodeURIComponent(componentPath)}`);
    await signIn(page, seeded('LGX_E2E_EDITOR_EMAIL'), seeded('LGX_E2E_EDITOR_PASSWORD'));
    await heading(page, NAME);
    await page.getByRole('heading', { level: 3, name: 'Ask the adopters' }).waitFor();
    await page
      .getByLabel('Your question')
      .fill('Did the contractor need any changes to take reports from it?');
    await page.getByRole('button', { name: 'Send the question' }).click();
    await page.getByText('Your question has been sent to 1 officer').waitFor();
    await expectAccessible(page);
    await signOut(page);
  });

  it('adds a component by hand: every problem listed at once, the licence checked against SPDX, then changed', async () => {
    const { page } = session;
    await page.goto('/sign-in?returnTo=%2Fcomponents%2Fnew');
    await signIn(page, seeded('LGX_E2E_EDITOR_EMAIL'), seeded('LGX_E2E_EDITOR_PASSWORD'));
    await heading(page, 'Add a component');
    await expectAccessible(page);

    // The form's own checks and the API's come back together, in one go.
    const repository = page.getByLabel('Repository or download address (optional)');
    await repository.fill('not a web address');
    await page.getByRole('button', { name: 'Save and preview' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.getByText('There is a problem').waitFor();
    expect(await summary.locator('li').allTextContents()).toEqual([
      'Enter a name',
      'Choose what kind of component it is',
      'Enter a summary',
      'Enter the repository or download address as a full web address starting with https://',
      'Enter the licence as an SPDX identifier, like MIT or OGL-UK-3.0',
      'Choose a maturity',
    ]);
    await expectAccessible(page);

    // An address typed without https:// is completed, and shown completed.
    await repository.fill('github.com/derby-city-council/dpia-template');
    await repository.press('Tab');
    expect(await repository.inputValue()).toBe(
      'https://github.com/derby-city-council/dpia-template',
    );
    await page.getByLabel('Name', { exact: true }).fill(TEMPLATE);
    await page.getByLabel('Document template (DPIA, business case, specification)').check();
    await page
      .getByLabel('Summary', { exact: true })
      .fill('A data protection impact assessment template for AI pilots, with guidance.');
    await page.getByLabel('Licence', { exact: true }).fill('OGL-3');
    await page.getByLabel('Live', { exact: true }).check();
    await page.getByLabel('UK GDPR and the Data Protection Act 2018').check();
    await page
      .getByLabel('Proprietary dependencies (optional)')
      .fill('A document management system');
    await page.getByRole('button', { name: 'Save and preview' }).click();
    await summary
      .getByRole('link', { name: /The licence "OGL-3" is not an SPDX licence identifier/ })
      .click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('component-licence');
    await expectAccessible(page);

    await page.getByLabel('Licence', { exact: true }).fill('ogl-uk-3.0');
    await page.getByRole('button', { name: 'Save and preview' }).click();
    await heading(page, TEMPLATE);
    await page.getByText('Your draft has been saved').waitFor();
    await page.getByText('OGL-UK-3.0', { exact: true }).waitFor();
    await page.getByText('Proprietary: lock-in risk').waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Change', exact: true }).click();
    await heading(page, 'Change this component');
    expect(await page.getByLabel('Licence', { exact: true }).inputValue()).toBe('OGL-UK-3.0');
    await expectAccessible(page);
    await page.getByLabel('Beta', { exact: true }).check();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Your changes have been saved.').waitFor();
    await page.locator('.lgx-tags').getByText('Beta').waitFor();
    await signOut(page);
  });
});
