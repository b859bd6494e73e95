import { readFileSync } from 'node:fs';

import type { Page } from 'playwright-core';

import { type BrowserSession, openBrowser } from './support/browser';
import { chooseCategory, fillDate } from './support/form-steps';
import { waitWithReload } from './support/reload';
import { expectAccessible, heading, seeded, signIn, signOut } from './support/steps';

const TITLE = 'AI digital assistant';
const YEAR = new Date().getUTCFullYear() + 1;
const IT_SERVICES = 'IT services: consulting, software development, Internet and support';

/** Signs in (from the sign-in page, coming back to `path`) as a seeded account. */
async function signInAs(page: Page, account: string, path: string): Promise<void> {
  await page.goto(`/sign-in?returnTo=${encodeURIComponent(path)}`);
  await signIn(page, seeded(`LGX_E2E_${account}_EMAIL`), seeded(`LGX_E2E_${account}_PASSWORD`));
}

function summaryValue(page: Page, key: string) {
  return page
    .locator('.govuk-summary-list__row')
    .filter({ has: page.locator('dt', { hasText: new RegExp(`^${key}$`) }) })
    .locator('.govuk-summary-list__value');
}

async function banner(page: Page, text: string | RegExp): Promise<void> {
  await page.locator('.govuk-notification-banner--success').getByText(text).waitFor();
}

/** Sends one GraphQL operation from the page, as whoever is signed in there. */
async function graphqlFromPage<T>(page: Page, query: string, variables: object): Promise<T> {
  const result = await page.evaluate(
    async ({ query, variables }) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: unknown; errors?: unknown };
    },
    { query, variables },
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data as T;
}

/** Joins the group and commits, as an editor of another council. */
async function joinAndCommit(page: Page, account: string, groupPath: string, value: string) {
  await signInAs(page, account, '/procurement-groups');
  await heading(page, 'Procurement groups');
  await expectAccessible(page);
  await chooseCategory(page, 'Category', 'IT serv', IT_SERVICES);
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await page.waitForURL(/category=72000000-5/);
  await page.getByRole('link', { name: TITLE }).first().click();
  await heading(page, TITLE);
  expect(new URL(page.url()).pathname).toBe(groupPath);
  await page.getByRole('button', { name: 'Express interest' }).click();
  await banner(page, 'Your council has joined the group.');
  await page.getByText('Commit your council').click();
  await page.getByLabel('Volume', { exact: true }).fill('40');
  await page.getByLabel('Of what', { exact: true }).fill('licences');
  await page.getByLabel('Estimated value to your council, in pounds').fill(value);
  await fillDate(page, 'Earliest start', ['1', '9', String(YEAR)]);
  await fillDate(page, 'Latest start', ['1', '12', String(YEAR)]);
  await page.getByRole('button', { name: 'Commit', exact: true }).click();
  await banner(page, 'Your council’s commitment is saved.');
  await expectAccessible(page);
}

describe('journey: councils form a procurement group and take it to specification', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await openBrowser();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('Derby starts a group, two councils join and commit, it moves to specifying and exports; others cannot read the discussion', async () => {
    const { page } = session;

    // Derby's editor starts the group; the API's problems are listed by field.
    await signInAs(page, 'EDITOR', '/procurement-groups/new');
    await heading(page, 'Start a procurement group');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Start the group' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.getByText('There is a problem').waitFor();
    const problems = await summary.locator('li').allTextContents();
    expect(problems.slice(0, 3)).toEqual([
      'Enter a title',
      'Enter the need',
      'Choose a category: start typing what it is, like “software”',
    ]);
    await page.locator('#title-error').getByText('Enter a title').waitFor();
    await expectAccessible(page);

    await page.getByLabel('Title', { exact: true }).fill(TITLE);
    await page
      .getByLabel('The need, in plain words')
      .fill(
        'A digital assistant that answers residents’ questions about bins, council tax and parking, day and night.',
      );
    await chooseCategory(page, 'Category', 'software development', IT_SERVICES);
    await page.getByLabel('Estimated value per council, in pounds (optional)').fill('250k');
    await page.getByLabel('Estimated total value, in pounds (optional)').fill('1m');
    await fillDate(page, 'Desired contract start', ['1', '9', String(YEAR)]);
    await page.getByLabel('Minimum number of councils for the bid to go ahead').fill('3');
    await fillDate(page, 'Closing date for expressions of interest', ['30', '6', String(YEAR)]);
    await page.getByRole('button', { name: 'Start the group' }).click();
    await heading(page, TITLE);
    await banner(page, 'Your group has started.');
    const groupPath = new URL(page.url()).pathname;
    expect(groupPath).toMatch(/^\/procurement-groups\/[0-9a-f-]{36}$/);
    await page.getByText('Commit your council').click();
    await page.getByLabel('Volume', { exact: true }).fill('30');
    await page.getByLabel('Of what', { exact: true }).fill('licences');
    await page.getByLabel('Estimated value to your council, in pounds').fill('250000');
    await fillDate(page, 'Earliest start', ['1', '9', String(YEAR)]);
    await fillDate(page, 'Latest start', ['1', '10', String(YEAR)]);
    await page.getByRole('button', { name: 'Commit', exact: true }).click();
    await banner(page, 'Your council’s commitment is saved.');
    await expectAccessible(page);
    await signOut(page);

    // Nottingham and Stockport find it, join and commit; Nottingham starts the discussion.
    await joinAndCommit(page, 'NOTTINGHAM_EDITOR', groupPath, '300,000');
    await page.getByLabel('Your message').fill('Our budget for this is confirmed.');
    await page.getByRole('button', { name: 'Post' }).click();
    await page
      .getByRole('list', { name: 'Messages' })
      .getByText('Our budget for this is confirmed.')
      .waitFor();
    await expectAccessible(page);
    await signOut(page);
    await joinAndCommit(page, 'STOCKPORT_EDITOR', groupPath, '1.5m');
    expect(await summaryValue(page, 'Councils committed').textContent()).toBe('3 councils');
    expect(await summaryValue(page, 'Committed value').textContent()).toBe('£2,050,000');
    expect(await summaryValue(page, 'Minimum met').textContent()).toMatch(/^Yes/);
    expect(await summaryValue(page, 'Regions').textContent()).toBe('East Midlands, North West');
    await signOut(page);

    // Kent records a contract in the same category ending near the start (not yet moderated):
    // the renewal radar shows Kent the group on its council page; the window can be changed.
    await signInAs(page, 'KENT_OFFICER', '/councils/KEN');
    await heading(page, /Kent/);
    const supplier = await graphqlFromPage<{ createSupplier: { id: string } }>(
      page,
      'mutation($input: SupplierInput!) { createSupplier(input: $input) { id } }',
      { input: { name: 'Radar Assistants Ltd' } },
    );
    await graphqlFromPage<{ createSupplierExperience: { id: string } }>(
      page,
      'mutation($input: SupplierExperienceInput!) { createSupplierExperience(input: $input) { id } }',
      {
        input: {
          supplierId: supplier.createSupplier.id,
          product: 'Webchat assistant',
          cpvCode: '72200000-7',
          contractStart: '2023-11-01',
          contractEnd: `${YEAR}-10-31`,
          extensionOptions: 'None',
          valueBand: 'FROM_100K_TO_500K',
          routeToMarket: 'FRAMEWORK_DIRECT_AWARD',
          frameworkName: 'G-Cloud 14',
          frameworkLot: 'Lot 2',
          ratingDelivery: 4,
          ratingValueForMoney: 3,
          ratingSupport: 4,
          ratingInteroperability: 3,
          ratingExitAndDataPortability: 2,
          wouldBuyAgain: true,
          whatWorked: 'Residents used it at night.',
          whatDidNotWork: 'Handover to staff was clumsy.',
          advice: 'Test the handover early.',
          isCurrent: true,
          attribution: 'NAMED',
        },
      },
    );
    await page.reload();
    const groupsForYou = page.getByRole('region', { name: 'Groups for you' });
    await groupsForYou.getByRole('link', { name: TITLE }).waitFor();
    // Other journeys' open groups in the same category may list the same contract.
    await groupsForYou
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: TITLE }) })
      .getByText(/from Radar Assistants Ltd, ends 31 October/)
      .waitFor();
    await expectAccessible(page);
    await groupsForYou.getByLabel('To (months)').fill('40');
    await groupsForYou.getByRole('button', { name: 'Show groups' }).click();
    await groupsForYou
      .locator('.govuk-error-summary')
      .getByText('The window must end between 6 and 36 months from today, in whole months')
      .waitFor();
    await page.locator('#radar-to-error').waitFor();
    await expectAccessible(page);
    await signOut(page);

    // Derby moves it to specifying, and downloads the export.
    await signInAs(page, 'EDITOR', groupPath);
    await heading(page, TITLE);
    await page.getByLabel('Specifying', { exact: true }).check();
    await page
      .getByLabel('Note for the history (optional)')
      .fill('Requirements workshop on 3 March');
    await page.getByRole('button', { name: 'Move the stage' }).click();
    await banner(page, 'The stage has changed.');
    await page
      .getByRole('region', { name: 'Stage' })
      .locator('[aria-current="step"]')
      .getByText('Specifying')
      .waitFor();
    await expectAccessible(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download as OCDS (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^procurement-group-.*-ocds\.json$/);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(exported.version).toBe('1.1');
    expect(exported.releases[0].tag).toEqual(['planning']);
    expect(exported.releases[0].parties.map((party: { id: string }) => party.id).sort()).toEqual([
      'GB-LAE-DER',
      'GB-LAE-NGM',
      'GB-LAE-SKP',
    ]);
    // The lead's councils to invite: Kent's contract is not published yet, so it is not shown.
    const toInvite = page.getByRole('region', { name: 'Councils to invite' });
    await toInvite.getByRole('button', { name: 'Show councils' }).waitFor();
    await toInvite
      .getByText(/No other council has a contract|Contracts ending between/)
      .first()
      .waitFor();
    expect(await toInvite.getByText(/Radar Assistants Ltd/).count()).toBe(0);
    await expectAccessible(page);
    await signOut(page);

    // Kent is not a member: it sees the group, not the discussion, and the API refuses it too.
    await signInAs(page, 'KENT_OFFICER', groupPath);
    await heading(page, TITLE);
    await page.getByText('The discussion and documents are for member councils only.').waitFor();
    expect(await page.getByText('Our budget for this is confirmed.').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Download as OCDS (JSON)' }).count()).toBe(0);
    const refused = await page.evaluate(async (id) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'query($id: ID!) { procurementGroupWorkspace(id: $id) { messages { body } } }',
          variables: { id },
        }),
      });
      return (await response.json()) as { errors?: { extensions: { code: string } }[] };
    }, groupPath.split('/').pop());
    expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    await expectAccessible(page);
  });
});

describe('journey: the lead edits its group and members manage shared documents', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await openBrowser();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('Derby renames its group, finds it in search by the new title, and a shared document is removed by who may remove it', async () => {
    const { page } = session;
    const NEW_TITLE = 'Gully cleaning sensors';

    // Derby's editor starts a group (through the API, the form is tested above) and edits it.
    await signInAs(page, 'EDITOR', '/procurement-groups');
    await heading(page, 'Procurement groups');
    const started = await graphqlFromPage<{ startProcurementGroup: { id: string } }>(
      page,
      'mutation($input: ProcurementGroupInput!) { startProcurementGroup(input: $input) { id } }',
      {
        input: {
          title: 'Kerbside drain sensors',
          need: 'Sensors that tell us which drains are blocked before they flood.',
          cpvCode: '34990000-3',
          estimatedValuePerCouncil: '40000.50',
          desiredStart: `${YEAR}-10-01`,
          route: 'OPEN_PROCEDURE',
          minimumCouncils: 2,
          visibility: 'OPEN',
          interestClosesOn: `${YEAR}-07-31`,
        },
      },
    );
    const groupPath = `/procurement-groups/${started.startProcurementGroup.id}`;
    await page.goto(groupPath);
    await heading(page, 'Kerbside drain sensors');
    await page.getByRole('link', { name: 'Edit group details' }).click();
    await heading(page, 'Edit group details');
    await expectAccessible(page);
    // Prefilled with the group's details, money as typed.
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe(
      'Kerbside drain sensors',
    );
    expect(
      await page.getByLabel('Estimated value per council, in pounds (optional)').inputValue(),
    ).toBe('40000.50');
    // The category by its name, the dates in day, month and year.
    expect(await page.getByRole('combobox', { name: 'Category' }).inputValue()).toBe(
      'Control, safety, signalling and light equipment',
    );
    const start = page.getByRole('group', { name: 'Desired contract start' });
    expect(await start.getByLabel('Month').inputValue()).toBe('10');
    expect(await page.getByLabel('Open to any council').isChecked()).toBe(true);
    // A bad change is refused, field by field, and saves nothing.
    await page.getByLabel('Title', { exact: true }).fill('');
    await page.getByLabel('Minimum number of councils for the bid to go ahead').fill('1');
    await page.getByRole('button', { name: 'Save changes' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.getByText('There is a problem').waitFor();
    expect(await summary.locator('li').allTextContents()).toEqual([
      'Enter a title',
      'The minimum number of councils must be a whole number from 2 to 500',
    ]);
    await page.locator('#title-error').getByText('Enter a title').waitFor();
    expect(await page.title()).toMatch(/^Error: Edit group details/);
    await expectAccessible(page);
    await page.getByLabel('Title', { exact: true }).fill(NEW_TITLE);
    await page.getByLabel('Minimum number of councils for the bid to go ahead').fill('3');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await heading(page, NEW_TITLE);
    await banner(page, 'The group’s details are saved.');
    expect(await summaryValue(page, 'Minimum councils').textContent()).toBe('3');
    expect(await summaryValue(page, 'Estimated value per council').textContent()).toBe(
      '£40,000.50',
    );
    await expectAccessible(page);

    // Search finds it by its new title (the outbox reindexes it; allow the indexer a moment).
    const results = page.getByRole('region', { name: 'Search results' });
    const found = results.getByRole('link', { name: NEW_TITLE });
    await page.goto('/search?q=gully%20cleaning');
    await waitWithReload(page, found);
    await results.locator('[aria-busy="false"]').waitFor();
    await expectAccessible(page);
    await found.click();
    await heading(page, NEW_TITLE);

    // Derby shares a document.
    await page.locator('input#document-file').setInputFiles({
      name: 'drain-survey.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n'),
    });
    await page.getByRole('button', { name: 'Upload' }).click();
    const documents = page.getByRole('list', { name: 'Shared documents' });
    await documents.getByRole('link', { name: 'drain-survey.pdf' }).waitFor();
    await signOut(page);

    // A Nottingham officer joins: sees the document, but no Remove button.
    await signInAs(page, 'NOTTINGHAM_OFFICER', groupPath);
    await heading(page, NEW_TITLE);
    await page.getByRole('button', { name: 'Express interest' }).click();
    await banner(page, 'Your council has joined the group.');
    await documents.getByRole('link', { name: 'drain-survey.pdf' }).waitFor();
    expect(await page.getByRole('button', { name: /^Remove/ }).count()).toBe(0);
    await expectAccessible(page);
    await signOut(page);

    // Derby's editor removes it, after confirming; a change of mind keeps it.
    await signInAs(page, 'EDITOR', groupPath);
    await heading(page, NEW_TITLE);
    const status = page.getByRole('status').filter({ hasText: /was (kept|removed)/ });
    await page.getByRole('button', { name: 'Remove drain-survey.pdf' }).click();
    await page.getByText('Remove drain-survey.pdf for every member council?').waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Keep it' }).click();
    await status.getByText('drain-survey.pdf was kept.').waitFor();
    await page.getByRole('button', { name: 'Remove drain-survey.pdf' }).click();
    await page.getByRole('button', { name: 'Yes, remove it' }).click();
    await status.getByText('drain-survey.pdf was removed.').waitFor();
    await page.getByText('No documents shared yet.').waitFor();
    await expectAccessible(page);
  });
});

describe('journey: an officer reads the sample procurement group', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await openBrowser();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('Kent finds the Greater Manchester sample in the list and reads it, marked as sample with its source', async () => {
    const { page } = session;
    const SAMPLE = 'One full fibre network for more than 1,550 public service sites';
    const SOURCE =
      'https://i-network.org.uk/gmca-greater-manchester-local-full-fibre-network-programme/';
    await signInAs(page, 'KENT_OFFICER', '/procurement-groups?search=full+fibre');
    await heading(page, 'Procurement groups');
    const item = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: SAMPLE }) });
    await item.getByText('Sample content', { exact: true }).waitFor();
    await expectAccessible(page);

    await item.getByRole('link', { name: SAMPLE }).click();
    await heading(page, SAMPLE);
    await page.locator('.govuk-tag', { hasText: /^Sample content$/ }).waitFor();
    const source = summaryValue(page, 'Source').getByRole('link', { name: SOURCE });
    expect(await source.getAttribute('href')).toBe(SOURCE);
    expect(await summaryValue(page, 'Route').textContent()).toBe('Not stated in the source');
    expect(await summaryValue(page, 'Minimum councils').textContent()).toBe(
      'Not stated in the source',
    );
    expect(await summaryValue(page, 'Minimum met').textContent()).toBe('No minimum stated');
    expect(await summaryValue(page, 'Lead council').textContent()).toBe('Greater Manchester');
    await page.getByText('so it has no discussion, documents or OCDS export here').waitFor();
    expect(await page.getByRole('link', { name: /Download as OCDS/ }).count()).toBe(0);
    await expectAccessible(page);
  });
});
