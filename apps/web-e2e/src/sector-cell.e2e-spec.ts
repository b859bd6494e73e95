import { type Locator, type Page, request as apiRequest } from 'playwright-core';

import { runAdminCli } from './support/admin-cli';
import { signInAdmin } from './support/admin-sign-in';
import { publishedCaseStudy, signedInAs } from './support/api';
import { baseUrl, type BrowserSession, openBrowser } from './support/browser';
import { waitWithReload } from './support/reload';
import {
  expectAccessible,
  expectNoSidewaysScroll,
  heading,
  seeded,
  signIn,
  signOut,
} from './support/steps';

const TITLE = 'Derby assessments sped up with machine learning';
const PASSWORD = 'lantern orchard tidewater';
const DERBY_ADMIN = 'cal.cell@derby.gov.uk';
/** Four more East Midlands councils, each answering the map through the API as its editor. */
const SEEDED = [
  { code: 'LCE', domain: 'leicester.gov.uk', high: true },
  { code: 'DBY', domain: 'derbyshire.gov.uk', high: true },
  { code: 'LEC', domain: 'leics.gov.uk', high: false },
  { code: 'LIN', domain: 'lincolnshire.gov.uk', high: false },
];
const SAVE = `mutation($input: AmbitionObjectiveInput!) { saveAmbitionObjective(input: $input) { version } }`;
const CELL_NAME = /^Efficiency and productivity, AI and machine learning: /;
const PHONE = { width: 390, height: 844 };

/** Creates an account of the council the email's domain belongs to, as an operator would. */
async function createAccount(email: string, name: string, role: 'ADMIN' | 'EDITOR') {
  process.env['LGX_NEW_PASSWORD'] = PASSWORD;
  try {
    await runAdminCli(['create-account', email, name, 'Digital lead', '--council-role', role]);
  } finally {
    delete process.env['LGX_NEW_PASSWORD'];
  }
}

/** Whether fewer than five councils have answered at all (the unfiltered map is held back). */
async function heldBackForEveryone(): Promise<boolean> {
  const api = await apiRequest.newContext({ baseURL: baseUrl() });
  try {
    const response = await api.post('/graphql', {
      data: { query: '{ sectorMap { suppressedReason } }' },
    });
    const body = (await response.json()) as { data: { sectorMap: { suppressedReason: unknown } } };
    return body.data.sectorMap.suppressedReason !== null;
  } finally {
    await api.dispose();
  }
}

/** Picks `answer` in the question `question` of a fieldset. */
const pick = (within: Locator, question: RegExp, answer: string) =>
  within.getByRole('group', { name: question }).getByLabel(answer).check();

/** Derby's admin answers Efficiency × AI: high potential, live, with its case study. */
async function derbyMarksAiLive(page: Page) {
  await page.goto('/digital-ambition/DER');
  await heading(page, 'Digital ambition');
  await page.getByText('Efficiency and productivity', { exact: true }).click();
  const form = page.getByRole('form', { name: 'Efficiency and productivity' });
  await pick(form, /How important is efficiency/, '5');
  const ai = form.getByRole('group', { name: 'AI and machine learning' });
  await pick(ai, /Potential you see/, 'High');
  await pick(ai, /Your plan/, 'Live');
  await ai
    .getByLabel('Evidence for AI and machine learning')
    .selectOption({ label: `Case study: ${TITLE}` });
  await form.getByRole('button', { name: 'Save efficiency and productivity' }).click();
  await form.getByText('Efficiency and productivity: saved.').waitFor();
  await expectAccessible(page);
}

/** Issue 18, item 2: a cell of the sector map, held back, then shown and opened. */
describe('journey: a sector map cell, held back until five councils answer, then opened', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await openBrowser();
    await publishedCaseStudy(TITLE, 'Assessments triaged by a model, checked by social workers.', {
      objectives: ['EFFICIENCY'],
      technologies: ['AI'],
    });
    await createAccount(DERBY_ADMIN, 'Cal Cell', 'ADMIN');
    for (const council of SEEDED) {
      await runAdminCli(['add-council-domain', council.code, council.domain]);
      await createAccount(`sector.cell@${council.domain}`, `Seed ${council.code}`, 'EDITOR');
    }
  }, 300_000); // Each admin command starts the CLI afresh: nine take a while on a busy machine.
  afterAll(async () => {
    await session?.close();
  });

  it('Derby marks AI live; Nottingham sees the cell held back, then shown after four more answer; the cell lists Derby’s case study', async () => {
    const { page } = session;
    await page.goto('/sign-in?returnTo=%2Fdigital-ambition%2FDER');
    await heading(page, 'Sign in');
    await signInAdmin(page, DERBY_ADMIN, PASSWORD);
    await derbyMarksAiLive(page);
    await signOut(page);

    await page.goto('/sign-in?returnTo=%2Fsector-map');
    await signIn(
      page,
      seeded('LGX_E2E_NOTTINGHAM_OFFICER_EMAIL'),
      seeded('LGX_E2E_NOTTINGHAM_OFFICER_PASSWORD'),
    );
    await heading(page, 'Sector map');
    const grid = page.getByRole('group', { name: 'Sector map: objectives by technologies' });
    const cell = grid.getByRole('link', { name: CELL_NAME });
    await cell.waitFor();
    // Other journeys of the same run may have answered too; alone, Derby is one of fewer than five.
    if (await heldBackForEveryone())
      expect(await cell.getAttribute('aria-label')).toMatch(/: fewer than 5 councils answered;/);
    await expectAccessible(page);

    for (const council of SEEDED) {
      const editor = await signedInAs(`sector.cell@${council.domain}`, PASSWORD);
      await editor.graphql(SAVE, {
        input: {
          councilCode: council.code,
          objective: 'EFFICIENCY',
          importance: 3,
          cells: [
            council.high
              ? { technology: 'AI', potential: 'HIGH', plan: 'PLANNED_WITHIN_FIVE_YEARS' }
              : { technology: 'AI', potential: 'SOME' },
          ],
        },
      });
      await editor.dispose();
    }
    expect(await heldBackForEveryone()).toBe(false);
    const shown = grid.getByRole('link', { name: /% see high potential, \d+% planning, \d+ live/ });
    await waitWithReload(page, shown.filter({ hasText: '%' }).first());
    const opened = grid.getByRole('link', { name: CELL_NAME });
    expect(await opened.getAttribute('aria-label')).toMatch(
      /: \d+% see high potential, \d+% planning, \d+ live with evidence/,
    );
    await expectAccessible(page);

    await opened.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/sector-map\/EFFICIENCY\/AI$/);
    await heading(page, 'AI and machine learning');
    const caseStudies = page.getByRole('region', { name: 'Case studies' });
    await caseStudies.getByRole('link', { name: TITLE }).waitFor();
    expect(
      await page.getByRole('link', { name: 'Start our business case' }).getAttribute('href'),
    ).toBe('/business-case?objective=EFFICIENCY&technology=AI');
    await page
      .getByRole('region', { name: 'Councils willing to share' })
      .getByRole('link', { name: /Derby/ })
      .waitFor();
    await expectAccessible(page);
    await page.setViewportSize(PHONE);
    await expectNoSidewaysScroll(page);
    await expectAccessible(page);
  }, 180_000);
});
