import type { Locator, Page } from 'playwright-core';

import { type BrowserSession, openBrowser } from './support/browser';
import { chooseCategory, fillDate } from './support/form-steps';
import { waitWithReload } from './support/reload';
import { expectAccessible, heading, seeded, signIn, signOut } from './support/steps';
import { totpCode } from './support/totp';

const SUPPLIER = 'Quillfeather Housing Systems';
/** The supplier's name with a letter missing, as officers type it. */
const TYPO_QUERY = 'Quilfeather';
const PRODUCT = 'Housing repairs portal';

/** Radios in a fieldset named by its legend. */
async function choose(page: Page, legend: string, label: string): Promise<void> {
  await page.getByRole('group', { name: legend }).getByLabel(label, { exact: true }).check();
}

/** Searches until the index has caught up (within moments), or fails after 20 s. */
async function searchUntilFound(page: Page, query: string, result: RegExp): Promise<void> {
  const search = () => page.goto(`/search?q=${encodeURIComponent(query)}`);
  await search();
  await waitWithReload(page, page.getByRole('link', { name: result }).first(), 20, search);
}

/**
 * Types into the supplier autocomplete until it offers `name` (a supplier
 * added moments ago is searchable within moments), or fails after 20 s.
 */
async function chooseByTyping(
  page: Page,
  field: Locator,
  typed: string,
  name: string,
): Promise<void> {
  const option = page.getByRole('option', { name: new RegExp(`^${name}`) });
  const deadline = Date.now() + 20_000;
  for (;;) {
    await field.fill('');
    await field.pressSequentially(typed);
    try {
      await option.waitFor({ timeout: 2_000 });
      return;
    } catch (error) {
      if (Date.now() > deadline)
        throw new Error(
          `"${typed}" did not offer ${name} within 20 s: ${(error as Error).message}`,
        );
    }
  }
}

describe('journey: a Stockport officer shares a supplier experience, a moderator publishes it, another council finds it', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await openBrowser();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('is found by officers of other councils with a typo, never by visitors', async () => {
    const { page } = session;

    // A Stockport officer goes to write one and is asked to sign in first.
    await page.goto('/supplier-experiences/new');
    await page.waitForURL(/\/sign-in\?returnTo=%2Fsupplier-experiences%2Fnew$/);
    await signIn(
      page,
      seeded('LGX_E2E_STOCKPORT_OFFICER_EMAIL'),
      seeded('LGX_E2E_STOCKPORT_OFFICER_PASSWORD'),
    );
    await heading(page, 'Write about a supplier');
    await page.getByText('Stockport', { exact: true }).first().waitFor();
    await expectAccessible(page);

    // The supplier is not in the directory yet: they add it, its name as typed, and come
    // back to the form as they left it.
    await page.getByLabel('Product or service').fill(PRODUCT);
    await page.getByRole('combobox', { name: 'Supplier', exact: true }).fill(SUPPLIER);
    await page.getByRole('link', { name: 'Add the supplier' }).click();
    await heading(page, 'Add a supplier');
    await expectAccessible(page);
    expect(await page.getByLabel('Name').inputValue()).toBe(SUPPLIER);
    await page.getByLabel('Website (optional)').fill('quillfeather.example');
    await page.getByLabel('Companies House number (optional)').fill('1234567');
    await page.getByRole('button', { name: 'Add supplier' }).click();
    await page.getByRole('alert').getByText('There is a problem').waitFor();
    await page
      .locator('#companyNumber-error')
      .getByText(/8 characters/)
      .waitFor();
    await expectAccessible(page);
    await page.getByLabel('Companies House number (optional)').fill('09876543');
    // A category is found by the words of its name, never by its code.
    await chooseCategory(
      page,
      'Main category (optional)',
      'software',
      'Software package and information systems',
    );
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Add supplier' }).click();
    await heading(page, 'Write about a supplier');
    const supplierField = page.getByRole('combobox', { name: 'Supplier', exact: true });
    expect(await supplierField.inputValue()).toBe(SUPPLIER);
    expect(await page.getByLabel('Product or service').inputValue()).toBe(PRODUCT);

    // Sending it half done (the supplier's name rubbed out) shows every problem, each linked to its question.
    await supplierField.fill('');
    await page.getByRole('button', { name: 'Send for moderation' }).click();
    await page.getByRole('alert').getByText('There is a problem').waitFor();
    await page.getByRole('alert').getByRole('link', { name: 'Choose the category' }).waitFor();
    expect(await page.title()).toMatch(/^Error: Write about a supplier/);
    await expectAccessible(page);
    await page.getByRole('alert').getByRole('link', { name: 'Choose the supplier' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('supplierId');
    expect(await supplierField.getAttribute('aria-describedby')).toMatch(
      /^supplierId-hint supplierId-error\b/,
    );

    // They find it again by typing its name misspelt, and choose it with the keyboard.
    await chooseByTyping(page, supplierField, TYPO_QUERY, SUPPLIER);
    await expectAccessible(page);
    // The arrow key moves focus into the list (the autocomplete's way), Enter chooses.
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('option');
    await page.keyboard.press('Enter');
    expect(await supplierField.inputValue()).toBe(SUPPLIER);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('supplierId');

    await chooseCategory(
      page,
      'Category',
      'software pack',
      'Software package and information systems',
    );
    await fillDate(page, 'When did the contract start?', ['1', '4', '2022']);
    await fillDate(page, 'When does (or did) the contract end?', ['31', '3', '2027']);
    await choose(page, 'Is the contract current?', 'Yes');
    await page.getByLabel('Whole-life contract value').selectOption('FROM_100K_TO_500K');
    await page.getByLabel('Route to market').selectOption('FRAMEWORK_FURTHER_COMPETITION');
    await page.getByLabel('Framework (for framework routes)').fill('G-Cloud 14');
    await page.getByLabel('Lot (optional)').fill('Lot 2: cloud software');
    for (const [legend, rating] of [
      ['Delivery: your rating', '4'],
      ['Value for money: your rating', '3'],
      ['Support: your rating', '5 (excellent)'],
      ['Interoperability and open standards: your rating', '2'],
      ['Exit and data portability: your rating', '3'],
    ] as const)
      await choose(page, legend, rating);
    await choose(page, 'Would you buy it again?', 'Yes');
    await page.getByLabel('What worked', { exact: true }).fill('Tenants book repairs online.');
    await page.getByLabel('Advice to other councils').fill('Ask for open APIs in the contract.');
    await choose(page, 'How should other councils see who wrote it?', 'Name Stockport');
    await page.getByRole('button', { name: 'Send for moderation' }).click();
    await heading(page, PRODUCT);
    await page.getByText('A moderator will check your experience').waitFor();
    await page.getByText('Waiting for moderation').waitFor();
    await expectAccessible(page);
    const experiencePath = new URL(page.url()).pathname;

    // Until a moderator has looked at it, they can still change it.
    await page.getByRole('link', { name: 'Change this experience' }).click();
    await heading(page, 'Change your supplier experience');
    expect(await page.getByLabel('Product or service').inputValue()).toBe(PRODUCT);
    await expectAccessible(page);
    await page.getByLabel('What did not work').fill('Reports need a paid add-on.');
    await page.getByRole('button', { name: 'Send for moderation again' }).click();
    await heading(page, PRODUCT);
    await page.getByText('A moderator will check your changes').waitFor();
    await page.getByText('Reports need a paid add-on.').waitFor();

    await page.goto('/suppliers/my-council');
    await heading(page, 'Your council’s supplier experiences');
    await page.getByRole('link', { name: `${SUPPLIER}: ${PRODUCT}` }).waitFor();
    await expectAccessible(page);
    await signOut(page);

    // A moderator signs in (setting up two-factor, which their role needs) and publishes it.
    await page.goto('/suppliers/moderation');
    await signIn(page, seeded('LGX_E2E_MODERATOR_EMAIL'), seeded('LGX_E2E_MODERATOR_PASSWORD'));
    await heading(page, 'Set up two-factor authentication');
    await page.getByText('I cannot scan the QR code').click();
    const secret = (await page.locator('#setup-key').textContent()) ?? '';
    await page.getByLabel('Code from your authenticator app').fill(totpCode(secret));
    await page.getByRole('button', { name: 'Turn on two-factor authentication' }).click();
    await heading(page, 'Two-factor authentication is on');
    await page.getByRole('link', { name: 'Continue' }).click();
    await heading(page, 'Moderation queue');
    await expectAccessible(page);
    const card = page
      .locator('.govuk-summary-card')
      .filter({ has: page.getByRole('link', { name: `${SUPPLIER}: ${PRODUCT}` }) });
    await card.getByText('Stockport', { exact: true }).waitFor();
    await card.getByRole('button', { name: 'Publish' }).click();
    await page.getByText(`Published “${SUPPLIER}: ${PRODUCT}”.`).waitFor();
    await expectAccessible(page);

    // Moderators also take suppliers' complaints on the experience, and correct suppliers.
    await page.goto(experiencePath);
    await heading(page, PRODUCT);
    await page.getByText('Record a supplier’s notice of complaint').click();
    await page.getByLabel('The supplier’s complaint').fill('The add-on was included at no cost.');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Record the complaint' }).click();
    await page.getByText(/^Complaint recorded: answer it by/).waitFor();
    await page.getByRole('link', { name: 'moderation queue' }).click();
    await heading(page, 'Moderation queue');
    const complaint = page
      .locator('.govuk-summary-card')
      .filter({ hasText: 'Supplier’s notice of complaint' });
    await complaint.getByText(/^4[78] hours left$/).waitFor();
    await expectAccessible(page);
    await complaint.getByText('Edit the experience and keep it').click();
    await complaint.getByLabel('What did not work').fill('Reports were slow to arrive.');
    await expectAccessible(page);
    await complaint.getByRole('button', { name: 'Save the edit and keep it' }).click();
    await page.getByText('Resolved: edited.').waitFor();
    await page.goto(experiencePath);
    await heading(page, PRODUCT);
    await page.getByText('Reports were slow to arrive.').waitFor();
    await page.getByRole('link', { name: SUPPLIER }).click();
    await heading(page, SUPPLIER);
    await page.getByRole('heading', { name: 'Moderator tools' }).waitFor();
    await page.getByText('Correct this supplier').click();
    expect(await page.getByLabel('Companies House number').inputValue()).toBe('09876543');
    await expectAccessible(page);
    await signOut(page);

    // An officer of another council (Nottingham) finds it by the supplier's name, misspelt.
    // Signed out, Suppliers says what the directory is and who may use it, with the way in.
    await page.goto('/suppliers');
    await heading(page, 'Suppliers');
    await page.getByRole('heading', { name: 'Who can use it' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('main').getByRole('link', { name: 'Sign in', exact: true }).click();
    await page.waitForURL(/\/sign-in\?returnTo=%2Fsuppliers$/);
    await signIn(
      page,
      seeded('LGX_E2E_NOTTINGHAM_OFFICER_EMAIL'),
      seeded('LGX_E2E_NOTTINGHAM_OFFICER_PASSWORD'),
    );
    await heading(page, 'Suppliers');
    await expectAccessible(page);
    await page.getByLabel('Supplier name').fill(TYPO_QUERY);
    await page.getByRole('button', { name: 'Find suppliers' }).click();
    await page.waitForURL(/\/suppliers\?q=Quilfeather$/);
    await page.getByRole('link', { name: SUPPLIER, exact: true }).waitFor();
    await page.getByRole('heading', { name: '1 supplier' }).waitFor();
    await expectAccessible(page);
    await searchUntilFound(page, TYPO_QUERY, new RegExp(`${SUPPLIER}: ${PRODUCT}`));
    // The site's search finds the supplier itself too, as a type of its own.
    await page.getByRole('link', { name: SUPPLIER, exact: true }).waitFor();
    await page
      .getByRole('group', { name: 'Content type' })
      .getByLabel('Supplier (1)', { exact: true })
      .waitFor();
    await expectAccessible(page);
    await page
      .getByRole('link', { name: new RegExp(`${SUPPLIER}: ${PRODUCT}`) })
      .first()
      .click();
    await heading(page, PRODUCT);
    await page.getByText('By Stockport').waitFor();
    await page.getByText('Tenants book repairs online.').waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: SUPPLIER }).click();
    await heading(page, SUPPLIER);
    await page.getByText('Not enough experiences yet').waitFor();
    await expectAccessible(page);
    // Stockport's page lists it too, as Stockport chose to be named.
    await page.goto('/councils/SKP');
    await page
      .getByRole('region', { name: 'Supplier experiences' })
      .getByRole('link', { name: `${SUPPLIER}: ${PRODUCT}` })
      .waitFor();
    await expectAccessible(page);
    await signOut(page);

    // A visitor searching the same finds nothing, and cannot open it.
    await page.goto(`/search?q=${encodeURIComponent(TYPO_QUERY)}`);
    await page.getByText('There are no matching results.').waitFor();
    expect(await page.getByText(SUPPLIER).count()).toBe(0);
    await expectAccessible(page);
    await page.goto('/councils/SKP');
    await heading(page, 'Stockport');
    expect(await page.getByRole('heading', { name: 'Supplier experiences' }).count()).toBe(0);
    await page.goto(experiencePath);
    await page.waitForURL(/\/sign-in\?returnTo=/);
    await heading(page, 'Sign in');
  });
});
