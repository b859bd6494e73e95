import type { Page } from 'playwright-core';

import { type BrowserSession, openBrowser } from './support/browser';
import { waitWithReload } from './support/reload';
import { eventually } from './support/settle';
import { expectAccessible, fillSignIn, heading, seeded, signOut } from './support/steps';
import { totpCode, totpStep, waitForFreshStep } from './support/totp';

const SERVICE = 'LGX, the LocalGov Exchange';
const SAM = {
  name: 'Sam New',
  jobTitle: 'Digital officer',
  email: 'sam.new@derby.gov.uk',
  password: 'copper kettle meadow',
};

/** Signs out, then checks the header offers signing in again and the page is accessible. */
async function signOutFully(page: Page): Promise<void> {
  await signOut(page);
  await page.getByRole('navigation', { name: 'Your account' }).getByText('Sign in').waitFor();
  await expectAccessible(page);
}

/**
 * On the set-up page: types the key into "the app" (as a person who cannot
 * scan the QR code would) and turns two-factor on. Returns the key and the
 * step of the code used.
 */
async function setUpTwoFactor(page: Page): Promise<{ secret: string; step: number }> {
  await heading(page, 'Set up two-factor authentication');
  await page.getByRole('img', { name: 'QR code for your authenticator app' }).waitFor();
  await expectAccessible(page);
  await page.getByText('I cannot scan the QR code').click();
  const secret = (await page.locator('#setup-key').textContent()) ?? '';
  expect(secret).toMatch(/^[A-Z2-7 ]{16,}$/);
  await expectAccessible(page);

  // A wrong code first: the error summary takes focus and the title says so.
  await page.getByLabel('Code from your authenticator app').fill('000000');
  await page.getByRole('button', { name: 'Turn on two-factor authentication' }).click();
  await page.getByRole('alert').getByText('There is a problem').waitFor();
  expect(await page.title()).toBe(`Error: Set up two-factor authentication – ${SERVICE}`);
  expect(await page.evaluate(() => document.activeElement?.className)).toContain(
    'govuk-error-summary',
  );
  await expectAccessible(page);

  const at = Date.now();
  await page.getByLabel('Code from your authenticator app').fill(totpCode(secret, at));
  await page.getByRole('button', { name: 'Turn on two-factor authentication' }).click();
  await heading(page, 'Two-factor authentication is on');
  const codes = await page.getByRole('list', { name: 'Recovery codes' }).locator('li').all();
  expect(codes).toHaveLength(10);
  await page.getByText('This is the only time you will see them').waitFor();
  expect(await page.title()).toBe(`Save your recovery codes – ${SERVICE}`);
  await expectAccessible(page);
  return { secret, step: totpStep(at) };
}

function summaryValue(page: Page, key: string) {
  return page
    .locator('.govuk-summary-list__row')
    .filter({ has: page.locator('dt', { hasText: new RegExp(`^${key}$`) }) })
    .locator('.govuk-summary-list__value');
}

describe('journey: an officer joins their council, and its admin makes them an editor', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await openBrowser();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('signs up, confirms, sets up two-factor, is promoted and signs in with a code', async () => {
    const { page } = session;

    // A visitor creates an account.
    await page.goto('/');
    const accountLinks = page.getByRole('navigation', { name: 'Your account' });
    await accountLinks.getByRole('link', { name: 'Create an account' }).click();
    await heading(page, 'Create an account');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('alert').getByText('There is a problem').waitFor();
    expect(await page.title()).toBe(`Error: Create an account – ${SERVICE}`);
    await page.locator('#email-error').waitFor();
    await page.locator('#password-error').waitFor();
    await expectAccessible(page);

    await page.getByLabel('Full name').fill(SAM.name);
    await page.getByLabel('Job title').fill(SAM.jobTitle);
    await page.getByLabel('Work email address').fill(SAM.email);
    await page.getByLabel('Create a password').fill(SAM.password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await heading(page, 'Check your email');
    await page.getByText(SAM.email).waitFor();
    await expectAccessible(page);

    // The confirmation email, in the dev mailbox: it is sent after the response, so it may
    // arrive a moment after the page says so.
    await page.goto('/dev/mailbox');
    await heading(page, 'Dev mailbox');
    const newest = page.locator('tbody tr').filter({ hasText: SAM.email }).first();
    await waitWithReload(page, newest);
    await expectAccessible(page);
    await newest.getByRole('link').click();
    await heading(page, 'Confirm your email address for LGX');
    await expectAccessible(page);
    await page.getByRole('link', { name: /\/verify-email\?token=/ }).click();

    await heading(page, 'Email address confirmed');
    await page.getByText('You are now a verified officer of Derby').waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Sign in to LGX' }).click();

    // A wrong password first, then the right one.
    await heading(page, 'Sign in');
    await expectAccessible(page);
    await fillSignIn(page, SAM.email, 'not my password at all');
    await page.getByRole('alert').getByText('Enter a correct email address and password').waitFor();
    expect(await page.title()).toBe(`Error: Sign in – ${SERVICE}`);
    await expectAccessible(page);
    await fillSignIn(page, SAM.email, SAM.password);
    await accountLinks.getByText(SAM.name).waitFor();
    await heading(page, 'Find out what other councils have done');

    await accountLinks.getByRole('link', { name: 'Your account' }).click();
    await heading(page, 'Your account');
    expect(await summaryValue(page, 'Council').textContent()).toBe('Derby');
    expect(await summaryValue(page, 'Role').textContent()).toBe('Officer');
    expect(await summaryValue(page, 'Two-factor authentication').textContent()).toBe('Off');
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Set up two-factor authentication' }).click();
    const samApp = await setUpTwoFactor(page);
    await page.getByRole('link', { name: 'Go to your account' }).click();
    await heading(page, 'Your account');
    // The page shows the account it has while it asks again (as it does after any change).
    await eventually(
      () => summaryValue(page, 'Two-factor authentication').textContent(),
      'On (10 recovery codes left)',
    );

    await page.getByRole('link', { name: 'Download your data' }).click();
    await heading(page, 'Download your data');
    await expectAccessible(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download your data' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('lgx-my-data.json');
    const stream = await download.createReadStream();
    let json = '';
    for await (const chunk of stream) json += String(chunk);
    expect(JSON.parse(json).account.email).toBe(SAM.email);
    await page.getByText('Your data is ready').waitFor();
    await expectAccessible(page);
    await signOutFully(page);

    // Derby's admin must set up two-factor before managing members.
    await accountLinks.getByRole('link', { name: 'Sign in' }).click();
    await heading(page, 'Sign in');
    await fillSignIn(page, seeded('LGX_E2E_ADMIN_EMAIL'), seeded('LGX_E2E_ADMIN_PASSWORD'));
    await page.getByText('Your role needs two-factor authentication').waitFor();
    await setUpTwoFactor(page);
    await page.getByRole('link', { name: 'Continue' }).click();

    await page
      .getByRole('navigation', { name: 'Menu' })
      .getByRole('link', { name: 'Your council' })
      .click();
    await heading(page, 'Council members');
    const samRow = page.getByRole('row', { name: new RegExp(SAM.name) });
    await samRow.getByRole('cell', { name: 'Officer', exact: true }).waitFor();
    await expectAccessible(page);

    await samRow.getByRole('link', { name: `Change role of ${SAM.name}` }).click();
    await heading(page, `What should ${SAM.name}’s role be?`);
    await expectAccessible(page);
    await page.getByLabel('Editor').check();
    await page.getByRole('button', { name: 'Change role' }).click();
    await page.getByText(`${SAM.name} is now an editor`).waitFor();
    // The success banner takes focus, so screen readers announce it first.
    expect(await page.evaluate(() => document.activeElement?.className)).toContain(
      'govuk-notification-banner--success',
    );
    await samRow.getByRole('cell', { name: 'Editor', exact: true }).waitFor();
    await expectAccessible(page);
    await signOutFully(page);

    // Sam signs in again: password, then a code from the app (a new one: codes work once).
    await page.goto('/account');
    await page.waitForURL(/\/sign-in\?returnTo=%2Faccount$/);
    await heading(page, 'Sign in');
    await fillSignIn(page, SAM.email, SAM.password);
    await heading(page, 'Enter your two-factor code');
    await expectAccessible(page);
    await waitForFreshStep(samApp.step);
    await page.getByLabel('Code', { exact: true }).fill(totpCode(samApp.secret));
    await page.getByRole('button', { name: 'Continue' }).click();

    await heading(page, 'Your account');
    await eventually(() => summaryValue(page, 'Role').textContent(), 'Editor');
    await accountLinks.getByText(SAM.name).waitFor();
    await expectAccessible(page);
  }, 180_000);
});

describe('journey: a platform admin manages council email domains and reads the audit log', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await openBrowser();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('adds and removes a domain, then filters the audit log', async () => {
    const { page } = session;

    // The admin pages need a signed-in platform admin: a visitor is sent to sign in, and back.
    await page.goto('/admin/domains');
    await page.waitForURL(/\/sign-in\?returnTo=%2Fadmin%2Fdomains$/);
    await heading(page, 'Sign in');
    await fillSignIn(
      page,
      seeded('LGX_E2E_PLATFORM_ADMIN_EMAIL'),
      seeded('LGX_E2E_PLATFORM_ADMIN_PASSWORD'),
    );
    await page.getByText('Your role needs two-factor authentication').waitFor();
    await setUpTwoFactor(page);
    await page.getByRole('link', { name: 'Continue' }).click();

    await heading(page, 'Council email domains');
    const menu = page.getByRole('navigation', { name: 'Menu' });
    expect(await menu.getByRole('link', { name: 'Admin' }).getAttribute('aria-current')).toBe(
      'page',
    );
    await page.getByRole('row', { name: /derby\.gov\.uk/ }).waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Add a domain' }).click();
    await heading(page, 'Add a council email domain');
    await expectAccessible(page);
    await page.getByLabel('Council code').fill('NOPE');
    await page.getByLabel('Email domain').fill('derbyshire.gov.uk');
    await page.getByRole('button', { name: 'Add domain' }).click();
    await page.locator('#council-code-error').getByText('Choose a current council').waitFor();
    expect(await page.title()).toBe(`Error: Add a council email domain – ${SERVICE}`);
    await expectAccessible(page);
    await page.getByLabel('Council code').fill('DBY');
    await page.getByRole('button', { name: 'Add domain' }).click();
    await page.getByText('derbyshire.gov.uk now belongs to Derbyshire').waitFor();
    const derbyshire = page.getByRole('row', { name: /derbyshire\.gov\.uk/ });
    await derbyshire.waitFor();
    await expectAccessible(page);

    await derbyshire.getByRole('link', { name: 'Remove derbyshire.gov.uk' }).click();
    await heading(page, 'Are you sure you want to remove derbyshire.gov.uk?');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Remove domain' }).click();
    await page.getByText('derbyshire.gov.uk has been removed').waitFor();
    // The message comes with the answer; the list is fetched again after it.
    await derbyshire.waitFor({ state: 'detached' });

    await page
      .getByRole('navigation', { name: 'Admin pages' })
      .getByRole('link', { name: 'Audit log' })
      .click();
    await heading(page, 'Audit log');
    await page.getByText(/^\d+ events$/).waitFor();
    await expectAccessible(page);
    await page.getByLabel('Action starts with').fill('council.domains');
    await page.getByLabel('Outcome').selectOption('success');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/action=council\.domains&outcome=success/, { waitUntil: 'commit' });
    // Other journeys add domains too (a platform admin accepting a request): the newest two,
    // first in the list, are this journey's; every row shown matches the filter.
    await page.getByText(/^\d+ events? match your filters$/).waitFor();
    const actions = await page.locator('tbody tr td:nth-child(4)').allTextContents();
    expect(actions.slice(0, 2)).toEqual(['council.domains.remove', 'council.domains.add']);
    expect(actions.every((action) => action.startsWith('council.domains'))).toBe(true);
    await expectAccessible(page);
  }, 120_000);
});
