import { type Page, request as apiRequest } from 'playwright-core';

import { signInAdmin } from './support/admin-sign-in';
import { baseUrl, type BrowserSession, openBrowser } from './support/browser';
import { expectAccessible, fillSignIn, heading, seeded } from './support/steps';

/**
 * No dead ends in joining: a person on an email domain LGX does not know asks
 * for it, a platform admin adds it and they become an officer; then they ask
 * for the editor role and their council's admin gives it. At desktop and
 * phone widths, with axe on every page.
 */
const WIDTHS = [
  { name: '1280 px', width: 1280, height: 900, domain: 'rutland.gov.uk' },
  { name: '390 px', width: 390, height: 844, domain: 'rutlandcounty.gov.uk' },
];
const PASSWORD = 'marble osprey lantern';

/**
 * Opens the newest mail to `to` whose subject matches, in the dev mailbox;
 * mail goes out just after the response, so it looks again for up to 20 s.
 */
async function openMail(page: Page, to: string, subject: RegExp): Promise<void> {
  const deadline = Date.now() + 20_000;
  let rows = 0;
  while (rows === 0) {
    if (Date.now() > deadline) throw new Error(`No mail to ${to} matching ${subject}`);
    await page.goto('/dev/mailbox');
    await heading(page, 'Dev mailbox');
    rows = await mailRow(page, to, subject).count();
    if (rows === 0) await page.waitForTimeout(500);
  }
  await mailRow(page, to, subject).getByRole('link').first().click();
  await heading(page, subject);
}

const mailRow = (page: Page, to: string, subject: RegExp) =>
  page.locator('tbody tr').filter({ hasText: to }).filter({ hasText: subject }).first();

/** Ends the session as closing the browser would, without depending on the header's layout. */
async function signOut(page: Page): Promise<void> {
  await page.context().clearCookies();
}

/**
 * Signs in an admin from the sign-in page: the first time they set up
 * two-factor (its key is kept for later sign-ins), after that a fresh code.
 */
function summaryValue(page: Page, key: string) {
  return page
    .locator('.govuk-summary-list__row')
    .filter({ has: page.locator('dt', { hasText: new RegExp(`^${key}$`) }) })
    .locator('.govuk-summary-list__value');
}

/** The page does not scroll sideways (nothing is cut off at a phone's width). */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

/** An open procurement group Nottingham's editor starts (over the API), for Rutland to join: its path. */
async function openGroup(title: string): Promise<string> {
  const api = await apiRequest.newContext({ baseURL: baseUrl() });
  try {
    const send = async (query: string, variables: object) => {
      const body = await (await api.post('/graphql', { data: { query, variables } })).json();
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    };
    await send(
      'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { status } }',
      {
        e: seeded('LGX_E2E_NOTTINGHAM_EDITOR_EMAIL'),
        p: seeded('LGX_E2E_NOTTINGHAM_EDITOR_PASSWORD'),
      },
    );
    const year = new Date().getUTCFullYear() + 1;
    const data = await send(
      'mutation($input: ProcurementGroupInput!) { startProcurementGroup(input: $input) { id } }',
      {
        input: {
          title,
          need: 'A shared contact centre platform for councils in the East Midlands.',
          cpvCode: '48000000-8',
          estimatedValuePerCouncil: '25000',
          desiredStart: `${year}-09-01`,
          route: 'OPEN_PROCEDURE',
          minimumCouncils: 2,
          visibility: 'OPEN',
          interestClosesOn: `${year}-06-30`,
        },
      },
    );
    return `/procurement-groups/${data.startProcurementGroup.id}`;
  } finally {
    await api.dispose();
  }
}

/** Signs up, confirms the address and returns at the "Email address confirmed" page. */
async function signUpAndConfirm(page: Page, person: { name: string; email: string }) {
  await page.goto('/create-account');
  await heading(page, 'Create an account');
  await page.getByLabel('Full name').fill(person.name);
  await page.getByLabel('Job title').fill('Customer services officer');
  await page.getByLabel('Work email address').fill(person.email);
  await page.getByLabel('Create a password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await heading(page, 'Check your email');
  await expectAccessible(page);
  await openMail(page, person.email, /Confirm your email address/);
  await expectAccessible(page);
  await page.getByRole('link', { name: /\/verify-email\?token=/ }).click();
  await heading(page, 'Email address confirmed');
}

describe.each(WIDTHS)(
  'journey: joining from an unknown domain, then the editor role ($name)',
  (size) => {
    let session: BrowserSession;
    let page: Page;
    const person = {
      name: `Lee Joiner ${size.width}`,
      email: `lee.${size.width}@${size.domain}`,
    };

    beforeAll(async () => {
      session = await openBrowser();
      page = session.page;
      await page.setViewportSize({ width: size.width, height: size.height });
    });

    afterAll(() => session?.close());

    it('asks for the council domain, a platform admin adds it, and the person becomes an officer', async () => {
      await signUpAndConfirm(page, person);
      await page.getByText('not linked to a council').waitFor();
      await expectAccessible(page);
      await expectNoSidewaysScroll(page);
      await page
        .getByRole('link', { name: 'Ask for your council’s email domain to be added' })
        .click();

      // Signing in leads back to the request.
      await heading(page, 'Sign in');
      await fillSignIn(page, person.email, PASSWORD);
      await heading(page, 'Ask for your council’s email domain to be added');
      await page.getByText(`LGX does not know ${size.domain} yet`).waitFor();
      await expectAccessible(page);

      // Sending it without a council says what to do, in one pass.
      await page.getByRole('button', { name: 'Send request' }).click();
      await page.getByRole('alert').getByText('Choose your council from the list').waitFor();
      await expectAccessible(page);

      const council = page.getByRole('combobox', { name: 'Your council' });
      await council.pressSequentially('Rutl');
      await page.getByRole('option', { name: /^Rutland/ }).click();
      await expectAccessible(page);
      await page.getByRole('button', { name: 'Send request' }).click();
      await heading(page, 'Your account');
      await page.getByText(`You asked for ${size.domain} to be added to Rutland`).waitFor();
      await page.getByText(`Add ${size.domain} to Rutland`).waitFor();
      expect(await summaryValue(page, 'Council').textContent()).toBe('Not linked to a council');
      await expectAccessible(page);
      await expectNoSidewaysScroll(page);
      await signOut(page);

      // The platform admins are emailed, and accept it in their queue.
      const platformAdmin = seeded('LGX_E2E_JOIN_PLATFORM_ADMIN_EMAIL');
      await openMail(
        page,
        platformAdmin,
        new RegExp(`Add ${size.domain.replace(/\./g, '\\.')} to Rutland`),
      );
      await expectAccessible(page);
      await page.goto('/admin/requests');
      await heading(page, 'Sign in');
      await signInAdmin(page, platformAdmin, seeded('LGX_E2E_JOIN_PLATFORM_ADMIN_PASSWORD'));
      await heading(page, 'Requests');
      const row = page.getByRole('row', { name: new RegExp(`Add ${size.domain} to Rutland`) });
      await row.getByText(person.name).waitFor();
      await expectAccessible(page);
      await row.getByRole('button', { name: /^Accept/ }).click();
      await page.getByText(`Accepted: Add ${size.domain} to Rutland`).waitFor();
      expect(await row.count()).toBe(0);
      await expectAccessible(page);
      await expectNoSidewaysScroll(page);
      await signOut(page);

      // The person is told, and is now a Rutland officer who can see who runs it.
      await openMail(page, person.email, /Your LGX request was accepted/);
      await expectAccessible(page);
      await page.goto('/account');
      await heading(page, 'Sign in');
      await fillSignIn(page, person.email, PASSWORD);
      await heading(page, 'Your account');
      expect(await summaryValue(page, 'Council').textContent()).toBe('Rutland');
      expect(await summaryValue(page, 'Role').textContent()).toBe('Officer');
      await page
        .getByText(/Rutland’s LGX admin is Rita Admin \(Head of customer services\)/)
        .waitFor();
      await expectAccessible(page);
    }, 180_000);

    it("learns only editors commit to a group, asks for the role, and Rutland's admin grants it", async () => {
      // A group Rutland can join: an officer may express interest, and is told who can commit.
      await page.goto(await openGroup(`Contact centre platform (${size.name})`));
      await heading(page, `Contact centre platform (${size.name})`);
      await page.getByText(/only an editor can commit it/).waitFor();
      await page
        .getByText(/Your council’s editors and admins: Rita Admin \(Head of customer services\)/)
        .waitFor();
      await expectAccessible(page);
      await expectNoSidewaysScroll(page);
      await page.getByRole('link', { name: 'Ask for the editor role' }).click();
      await heading(page, 'Ask for a role in your council');
      await page.getByText('Rita Admin will be asked').waitFor();
      await expectAccessible(page);
      await page.getByRole('button', { name: 'Send request' }).click();
      await heading(page, 'Your account');
      await page.getByText('You asked for the editor role').waitFor();
      await expectAccessible(page);
      await signOut(page);

      const rita = seeded('LGX_E2E_RUTLAND_ADMIN_EMAIL');
      await openMail(page, rita, new RegExp(`${person.name} asks for the editor role`));
      await expectAccessible(page);
      await page.goto('/council/members');
      await heading(page, 'Sign in');
      await signInAdmin(page, rita, seeded('LGX_E2E_RUTLAND_ADMIN_PASSWORD'));
      await page.goto('/council/members');
      await heading(page, 'Council members');
      const requests = page.getByRole('region', { name: 'Requests for the editor role' });
      const request = requests.getByRole('row', { name: new RegExp(person.name) });
      await request.waitFor();
      await expectAccessible(page);
      await request.getByRole('button', { name: /^Accept/ }).click();
      await page.getByText(/Accepted: The editor role in Rutland/).waitFor();
      const member = page.getByRole('row', { name: new RegExp(person.email) });
      await member.getByRole('cell', { name: 'Editor', exact: true }).waitFor();
      await expectAccessible(page);
      await expectNoSidewaysScroll(page);
      await signOut(page);

      await page.goto('/account');
      await heading(page, 'Sign in');
      await fillSignIn(page, person.email, PASSWORD);
      await heading(page, 'Your account');
      expect(await summaryValue(page, 'Role').textContent()).toBe('Editor');
      await page.getByText('The editor role in Rutland: Accepted').waitFor();
      await expectAccessible(page);
    }, 180_000);
  },
);
