import type { Page } from 'playwright-core';

import { type BrowserSession, openBrowser } from './support/browser';
import { waitWithReload } from './support/reload';
import { loaded } from './support/settle';
import { expectAccessible, heading, screenshot, seeded, signIn, signOut } from './support/steps';

const SERVICE = 'LGX, the LocalGov Exchange';
const TITLE = 'Care assessments drafted in seconds with AI';
/** A word of the title with a letter missing, as officers type it. */
const TYPO_QUERY = 'asessments drafted';
const CONTACT = { name: 'Casey Contact', email: 'casey.contact@derby.gov.uk' };
/** The smallest file that is a PDF by its content. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

/** Markdown with the usual attempts at running a script, which must all come out as text. */
const XSS_BODY = [
  'Next, the same for **children’s services**.',
  '',
  '<script>window.__lgxXss = "script"; alert("script")</script>',
  '',
  '<img src=x onerror="window.__lgxXssImage = 1; alert(\'image\')">',
  '',
  '[Read the report](javascript:window.__lgxXssLink=1;alert(1))',
].join('\n');

/** A row of the appraisal table: [unadjusted, with optimism bias]. */
function appraisal(page: Page, label: string) {
  return page
    .locator('.lgx-appraisal tr')
    .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) })
    .locator('td')
    .allTextContents();
}

function figure(page: Page, key: string) {
  return page
    .locator('.govuk-summary-card .govuk-summary-list__row')
    .filter({ has: page.locator('dt', { hasText: new RegExp(`^${key}$`) }) })
    .locator('.govuk-summary-list__value');
}

/** Fails on any dialog: a script from the case study's text would open one. */
function refuseDialogs(page: Page): string[] {
  const opened: string[] = [];
  page.on('dialog', (dialog) => {
    opened.push(dialog.message());
    void dialog.dismiss();
  });
  return opened;
}

/** Nothing from the body ran: no flags set, no script, image or javascript: link in the page. */
async function expectNothingRan(page: Page): Promise<void> {
  const flags = await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    return [w['__lgxXss'], w['__lgxXssImage'], w['__lgxXssLink']];
  });
  expect(flags).toEqual([undefined, undefined, undefined]);
  const body = page.locator('#case-study-body');
  expect(await body.locator('script').count()).toBe(0);
  expect(await body.locator('img').count()).toBe(0);
  expect(await page.locator('[onerror], a[href^="javascript:" i]').count()).toBe(0);
  // The attempts are shown as the text they are.
  const text = (await body.textContent()) ?? '';
  expect(text).toContain('<script>window.__lgxXss = "script"; alert("script")</script>');
  expect(text).toContain('<img src=x onerror=');
  expect(text).toContain('[Read the report](javascript:');
}

/** Chooses a council by name in the co-author autocomplete, with the keyboard once it is offered. */
async function chooseCoAuthor(page: Page, typed: string, name: RegExp): Promise<void> {
  const box = page.getByRole('combobox', { name: /^Co-author councils/ });
  await box.pressSequentially(typed);
  const option = page.getByRole('option', { name });
  await option.waitFor();
  // Suggestions are in the site's font, not the browser's default.
  expect(await option.evaluate((element) => getComputedStyle(element).fontFamily)).toMatch(
    /GDS Transport|arial/i,
  );
  await option.click();
  await page
    .getByRole('button', { name: new RegExp(`^Remove ${name.source.replace(/^\^/, '')}`) })
    .waitFor();
  expect(await box.inputValue()).toBe('');
}

/** Publishes the case study shown, through the confirmation that says who will see it. */
async function publishCaseStudy(page: Page, options: { checkPage?: boolean } = {}): Promise<void> {
  await page.getByRole('button', { name: 'Publish' }).click();
  const step = page.getByRole('region', { name: 'Publish this case study?' });
  await step.getByText('including people who are not signed in to LGX').waitFor();
  await step.getByText('search engines, such as Google, can list it').waitFor();
  if (options.checkPage) {
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Publish this case study?',
    );
    await expectAccessible(page);
    await screenshot(page, 'case-study-publish-confirm', { slices: true });
  }
  await step.getByRole('button', { name: 'Publish' }).click();
  await page.getByText('The case study has been published').waitFor();
}

describe('journey: a council editor writes a case study, and an officer elsewhere finds it', () => {
  let session: BrowserSession;
  let dialogs: string[];

  beforeAll(async () => {
    session = await openBrowser();
    dialogs = refuseDialogs(session.page);
  });

  afterAll(async () => {
    await session?.close();
  });

  afterEach(() => {
    expect(dialogs).toEqual([]);
  });

  it('writes a draft, previews and publishes it, changes it, and an officer elsewhere finds it', async () => {
    const { page } = session;

    // Visitors see Derby's case studies, but no button to write one.
    await page.goto('/councils/DER');
    await heading(page, 'Derby');
    await page.getByRole('heading', { level: 2, name: 'Case studies' }).waitFor();
    // The heading comes before the list and the viewer: missing means missing once loaded.
    await loaded(page);
    expect(await page.getByRole('link', { name: 'Write a case study' }).count()).toBe(0);

    await page.goto('/sign-in?returnTo=%2Fcouncils%2FDER');
    await signIn(page, seeded('LGX_E2E_EDITOR_EMAIL'), seeded('LGX_E2E_EDITOR_PASSWORD'));
    await heading(page, 'Derby');
    await page.getByRole('link', { name: 'Write a case study' }).click();
    await heading(page, 'Write a case study');
    await expectAccessible(page);
    // The officer's own details are offered as the contact.
    expect(await page.getByLabel('Email address', { exact: true }).inputValue()).toBe(
      seeded('LGX_E2E_EDITOR_EMAIL'),
    );

    // Every problem the API finds is listed at once, linked to its field.
    await page
      .getByLabel('Investment, in pounds (or the low end of a range)', { exact: true })
      .fill('lots');
    await page.getByLabel('Source', { exact: true }).fill('ftp://example.org/report');
    await page.getByRole('button', { name: 'Save and preview' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.getByText('There is a problem').waitFor();
    expect(await summary.locator('li').allTextContents()).toEqual([
      'Enter a title',
      'Enter a summary',
      'Choose a stage: idea, discovery, pilot, live, scaled or stopped',
      'Enter the investment in pounds, like 150000 or 1.5m',
      'Enter a web address starting with https://',
    ]);
    expect(await page.title()).toBe(`Error: Write a case study – ${SERVICE}`);
    await page.locator('#investment-error').getByText('Enter the investment in pounds').waitFor();
    await summary.getByRole('link', { name: 'Enter a summary' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('summary');
    await expectAccessible(page);
    await screenshot(page, 'case-study-form-errors', { slices: true });

    // A stopped project asks why; the question goes when another stage is chosen.
    const why = page.getByLabel('Why did it stop?');
    await page.getByLabel('Stopped', { exact: true }).check();
    await why.waitFor();
    await page.getByLabel('Live', { exact: true }).check();
    await why.waitFor({ state: 'hidden' });

    // A date that does not exist is reported with everything the API finds, in one go.
    await page.locator('#start-date-day').fill('31');
    await page.locator('#start-date-month').fill('2');
    await page.locator('#start-date-year').fill('2024');
    await page
      .getByLabel('Investment, in pounds (or the low end of a range)', { exact: true })
      .fill('2m');
    await page.getByLabel('Source', { exact: true }).fill('');
    await page.getByRole('button', { name: 'Save and preview' }).click();
    await summary.getByRole('link', { name: 'Start date must be a real date' }).waitFor();
    expect(await summary.locator('li').allTextContents()).toEqual([
      'Enter a title',
      'Enter a summary',
      'Start date must be a real date',
    ]);
    await expectAccessible(page);

    await page.getByLabel('Title', { exact: true }).fill(TITLE);
    await page
      .getByLabel('Summary', { exact: true })
      .fill(
        'AI drafts adult social care assessments from what people tell us; a social worker checks each one.',
      );
    await page
      .getByLabel('The challenge', { exact: true })
      .fill('Residents waited weeks for a care assessment.');
    await page
      .getByLabel('What was done', { exact: true })
      .fill('We trained a model on anonymised assessments.\n\nA social worker checks every draft.');
    await page.getByLabel('Impact', { exact: true }).fill('Assessments are drafted in seconds.');
    await page
      .getByLabel('Lessons learned', { exact: true })
      .fill('Bring social workers in from the start.');
    await page.getByLabel('Anything else', { exact: true }).fill(XSS_BODY);
    await page
      .getByLabel('Cashable savings, in pounds (or the low end of a range)', { exact: true })
      .fill('4m');
    await page
      .getByLabel('Savings period, in years (or the shorter end of a range)', { exact: true })
      .fill('3');
    await page.getByLabel('Staff hours saved per year', { exact: true }).fill('12,000');
    await page.getByLabel('Residents or cases affected', { exact: true }).fill('3500');
    await page.getByLabel('Estimated', { exact: true }).check();
    await page.getByText('Service areas', { exact: true }).click();
    await page.getByLabel('Adult social care', { exact: true }).check();
    await page.getByLabel('Efficiency and productivity', { exact: true }).check();
    await page.getByText('Technologies', { exact: true }).click();
    await page.getByLabel('AI and machine learning', { exact: true }).check();
    await page.locator('#start-date-day').fill('1');
    await page.locator('#start-date-month').fill('4');
    await chooseCoAuthor(page, 'Leicest', /^Leicester(?!shire)/);
    await page.getByLabel('Name', { exact: true }).fill(CONTACT.name);
    await page.getByLabel('Email address', { exact: true }).fill(CONTACT.email);
    expect(await page.getByLabel('Licence', { exact: true }).inputValue()).toBe('OGL-UK-3.0');
    // A web address without https:// is completed, and shown completed.
    const source = page.getByLabel('Source', { exact: true });
    await source.fill('www.example.org/report');
    await source.press('Tab');
    expect(await source.inputValue()).toBe('https://www.example.org/report');
    await screenshot(page, 'case-study-form', { slices: true });
    await page.getByRole('button', { name: 'Save and preview' }).click();

    // The preview: a draft only Derby can see; Leicester is asked to co-author it.
    await heading(page, TITLE);
    await page.waitForURL(/\/case-studies\/[0-9a-f-]{36}$/);
    const caseStudyPath = new URL(page.url()).pathname;
    await page.getByText('Your draft has been saved').waitFor();
    await page.getByText('Draft: only your council can see this').waitFor();
    await page.locator('.lgx-tags').getByText('Draft', { exact: true }).waitFor();
    await page
      .getByRole('region', { name: 'Councils asked to co-author' })
      .getByText('Waiting for them to confirm')
      .waitFor();
    expect(await page.getByRole('link', { name: 'Leicester' }).count()).toBe(0);
    // −£2m, then £4m a year for 3 years at 3.5%; with +200% optimism bias on the investment.
    expect(await appraisal(page, 'Net present value')).toEqual(['£9,206,547.92', '£5,206,547.92']);
    expect(await appraisal(page, 'Payback')).toEqual([
      'By the end of year 1',
      'By the end of year 2',
    ]);
    expect(await figure(page, 'Investment').textContent()).toBe('£2,000,000');
    expect(await figure(page, 'Forecast or actual').textContent()).toBe('Forecast');
    expect(await figure(page, 'Running cost per year').textContent()).toBe(
      'Not given (counted as nothing)',
    );
    expect(await figure(page, 'Staff hours saved per year').textContent()).toBe('12,000');
    await page.getByRole('heading', { name: 'LGX appraisal (forecast)' }).waitFor();
    await page.locator('#case-study-body h2', { hasText: 'The challenge' }).waitFor();
    await expectNothingRan(page);
    expect(await page.title()).toBe(`${TITLE} – ${SERVICE}`);
    await expectAccessible(page);
    await screenshot(page, 'case-study-draft', { slices: true });
    // The method behind the figures, on a public page.
    await page
      .locator('.lgx-appraisal')
      .getByRole('link', { name: 'How LGX works out these figures' })
      .click();
    await heading(page, 'How LGX counts the money');
    await page.getByRole('table', { name: /Derby/ }).getByText('£3,799,756.73').waitFor();
    await expectAccessible(page);
    await page.goBack();
    await heading(page, TITLE);

    // Documents: a file that only claims to be a PDF is refused; a real one is attached.
    const documents = page.getByRole('region', { name: 'Documents' });
    await documents.getByText('No documents are attached yet.').waitFor();
    const upload = documents.getByLabel('Attach a document');
    await documents.getByRole('button', { name: 'Attach document' }).click();
    await documents.locator('.govuk-error-summary').getByText('Select a file to attach').waitFor();
    await upload.setInputFiles({
      name: 'evaluation.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('Just text, named as a PDF.'),
    });
    await documents.getByRole('button', { name: 'Attach document' }).click();
    await documents
      .locator('.govuk-error-summary')
      .getByText('The file must be a PDF, a Word, Excel or PowerPoint document')
      .waitFor();
    await expectAccessible(page);
    await upload.setInputFiles({
      name: 'evaluation.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await documents.getByRole('button', { name: 'Attach document' }).click();
    await documents.getByText('evaluation.pdf is attached.').waitFor();
    await documents.getByRole('link', { name: 'evaluation.pdf' }).waitFor();
    expect(await documents.locator('.govuk-error-summary').count()).toBe(0);
    await documents.getByText('(PDF, 48 bytes)').waitFor();
    await expectAccessible(page);

    await publishCaseStudy(page, { checkPage: true });
    expect(await page.evaluate(() => document.activeElement?.className)).toContain(
      'govuk-notification-banner--success',
    );
    expect(await page.getByText('Draft: only your council can see this').count()).toBe(0);
    await page.getByRole('button', { name: 'Archive' }).waitFor();
    await expectNothingRan(page);
    await expectAccessible(page);
    await screenshot(page, 'case-study-published', { slices: true });

    // A change to a published case study is published as version 2.
    await page.getByRole('link', { name: `Edit ${TITLE}` }).click();
    await heading(page, 'Change the case study');
    expect(
      await page
        .getByLabel('Investment, in pounds (or the low end of a range)', { exact: true })
        .inputValue(),
    ).toBe('2,000,000');
    expect(await page.locator('#start-date-day').inputValue()).toBe('1');
    await page.getByRole('button', { name: /^Remove Leicester(?!shire)/ }).waitFor();
    await page.getByText('your changes will be published straight away').waitFor();
    await expectAccessible(page);
    await page
      .getByLabel('Impact', { exact: true })
      .fill(
        'Assessments are drafted in seconds.\nSocial workers spend the time saved with residents.',
      );
    await page.getByRole('button', { name: 'Publish changes' }).click();
    await heading(page, TITLE);
    await page.getByText('Your changes have been published as a new version').waitFor();
    await expectNothingRan(page);

    await page.getByRole('link', { name: 'Revision history' }).click();
    await heading(page, 'Revision history');
    await page.getByRole('cell', { name: 'Version 2', exact: true }).waitFor();
    await page.getByRole('cell', { name: 'Version 1', exact: true }).waitFor();
    expect(await page.getByRole('cell', { name: 'Derby', exact: true }).count()).toBe(2);
    await expectAccessible(page);

    await page.getByRole('link', { name: 'See what changed in version 2' }).click();
    await heading(page, 'What changed in version 2');
    const changed = await page.locator('.lgx-diff h2').allTextContents();
    expect(changed).toEqual(['Impact']);
    await page
      .locator('ins')
      .filter({ hasText: 'Social workers spend the time saved with residents.' })
      .getByText('added:')
      .waitFor({ state: 'attached' });
    expect(await page.locator('del').count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'case-study-diff', { slices: true });
    await page.getByRole('link', { name: 'Back to the revision history' }).click();
    await page.getByRole('link', { name: 'See what changed in version 1' }).click();
    await heading(page, 'What changed in version 1');
    await page.locator('.lgx-diff h2', { hasText: 'Title' }).waitFor();
    await page.locator('.lgx-diff', { hasText: 'Investment' }).getByText('£2,000,000').waitFor();
    await expectAccessible(page);

    // Derby's page lists it, published.
    await page.goto('/councils/DER');
    const listed = page.locator('.lgx-case-study-list__item', { hasText: TITLE });
    await listed.getByText('Published', { exact: true }).waitFor();
    await page.getByRole('link', { name: 'Write a case study' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'council-case-studies', { slices: true });

    await signOut(page);

    // Visitors read it, without the contact details.
    await page.goto(caseStudyPath);
    await heading(page, TITLE);
    await page.getByText('Sign in as a council officer to see contact details').waitFor();
    expect(await page.getByText(CONTACT.email).count()).toBe(0);
    expect(await page.getByRole('link', { name: /^Edit/ }).count()).toBe(0);
    await expectNothingRan(page);
    // The document downloads as the PDF it is; only editors see the form.
    const documentLink = page
      .getByRole('region', { name: 'Documents' })
      .getByRole('link', { name: 'evaluation.pdf' });
    const download = await page.request.get((await documentLink.getAttribute('href'))!);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toBe('application/pdf');
    expect(Buffer.compare(await download.body(), PDF)).toBe(0);
    expect(await page.getByLabel('Attach a document').count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Remove/ }).count()).toBe(0);
    await expectAccessible(page);

    // An officer of Nottingham is not an editor: the page to write one says so.
    await page.goto('/case-studies/new');
    await page.waitForURL(/\/sign-in\?returnTo=%2Fcase-studies%2Fnew$/);
    await signIn(
      page,
      seeded('LGX_E2E_NOTTINGHAM_OFFICER_EMAIL'),
      seeded('LGX_E2E_NOTTINGHAM_OFFICER_PASSWORD'),
    );
    await heading(page, 'You need to be an editor of your council');
    await expectAccessible(page);

    // They find it in search, typo and all (the index catches up within moments).
    const result = page.getByRole('link', { name: TITLE });
    await page.goto(`/search?q=${encodeURIComponent(TYPO_QUERY)}`);
    await waitWithReload(page, result);
    await expectAccessible(page);
    await result.click();

    await heading(page, TITLE);
    const contact = page.getByRole('region', { name: 'Contact' });
    await contact.getByText(CONTACT.name).waitFor();
    // "Contact the author" opens a message whose subject names the case study.
    expect(await contact.getByRole('link', { name: CONTACT.email }).getAttribute('href')).toBe(
      `mailto:${CONTACT.email}?subject=${encodeURIComponent(`Your case study on LGX: ${TITLE}`)}`,
    );
    expect(await appraisal(page, 'Payback')).toEqual([
      'By the end of year 1',
      'By the end of year 2',
    ]);
    expect(await page.getByRole('button', { name: 'Publish' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: /^Edit/ }).count()).toBe(0);
    await page.getByText('Social workers spend the time saved with residents.').waitFor();
    await expectNothingRan(page);
    await expectAccessible(page);
    await screenshot(page, 'case-study-officer', { slices: true });
    if (process.env['LGX_E2E_SCREENSHOTS']) {
      await page.emulateMedia({ media: 'print' });
      await screenshot(page, 'case-study-print', { slices: true });
      await page.emulateMedia({ media: 'screen' });
    }
  }, 300_000);

  it('sends a stopped project for review, returns it to draft and publishes it with why it stopped', async () => {
    const { page } = session;
    const title = 'Chatbot for council tax queries, switched off';
    await page.goto('/sign-in?returnTo=%2Fcase-studies%2Fnew');
    await signIn(page, seeded('LGX_E2E_EDITOR_EMAIL'), seeded('LGX_E2E_EDITOR_PASSWORD'));
    await heading(page, 'Write a case study');
    await page.getByLabel('Title', { exact: true }).fill(title);
    await page
      .getByLabel('Summary', { exact: true })
      .fill('A chatbot answered council tax questions for a year; we switched it off.');
    await page.getByLabel('Stopped', { exact: true }).check();
    // Stopped without a reason: the API names the field.
    await page.getByRole('button', { name: 'Save and preview' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.getByRole('link', { name: /^Say why the project stopped/ }).waitFor();
    await expectAccessible(page);
    await page
      .getByLabel('Why did it stop?')
      .fill('Residents kept asking for a person; calls did not fall.');
    await page.getByRole('button', { name: 'Save and preview' }).click();
    await heading(page, title);
    await page.getByText('Your draft has been saved').waitFor();
    const why = page.locator('.lgx-stopped');
    await why.getByRole('heading', { name: 'Why it stopped' }).waitFor();
    await why.getByText('Residents kept asking for a person; calls did not fall.').waitFor();
    await page.locator('.lgx-tags').getByText('Stage: Stopped', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Send for review' }).click();
    await page.getByText('The case study has been sent for review').waitFor();
    await page.getByText('In review: only your council can see this').waitFor();
    await page.locator('.lgx-tags').getByText('In review', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Send for review' }).count()).toBe(0);
    await expectAccessible(page);
    const caseStudyPath = new URL(page.url()).pathname;

    await page.getByRole('button', { name: 'Return to draft' }).click();
    await page.getByText('The case study has been returned to draft').waitFor();
    await page.getByText('Draft: only your council can see this').waitFor();
    await page.getByRole('button', { name: 'Send for review' }).click();
    await page.getByText('The case study has been sent for review').waitFor();
    await publishCaseStudy(page);
    expect(await page.getByText('In review: only your council can see this').count()).toBe(0);
    await expectAccessible(page);
    await signOut(page);

    // Visitors read why it stopped: failures are shared too.
    await page.goto(caseStudyPath);
    await heading(page, title);
    await page.locator('.lgx-stopped').getByText('Residents kept asking for a person').waitFor();
    await expectAccessible(page);
  }, 180_000);

  it('names Nottingham as co-author, and shows it as Nottingham’s only once its editor accepts', async () => {
    const { page } = session;
    const title = 'Shared out-of-hours housing repairs line';
    await page.goto('/sign-in?returnTo=%2Fcase-studies%2Fnew');
    await signIn(page, seeded('LGX_E2E_EDITOR_EMAIL'), seeded('LGX_E2E_EDITOR_PASSWORD'));
    await heading(page, 'Write a case study');
    await page.getByText('We will ask each council you add to confirm').waitFor();
    await page.getByLabel('Title', { exact: true }).fill(title);
    await page
      .getByLabel('Summary', { exact: true })
      .fill('Derby and Nottingham answer each other’s repair calls at night.');
    await page.getByLabel('Live', { exact: true }).check();
    await chooseCoAuthor(page, 'Nottingh', /^Nottingham(?!shire)/);
    await page.getByRole('button', { name: 'Save and preview' }).click();
    await heading(page, title);
    await page.getByText('We have asked Nottingham to confirm').waitFor();
    const caseStudyPath = new URL(page.url()).pathname;
    await publishCaseStudy(page);
    const asked = page.getByRole('region', { name: 'Councils asked to co-author' });
    await asked.getByText('Nottingham').waitFor();
    await asked.getByText('Waiting for them to confirm').waitFor();
    expect(await page.getByText(/, with Nottingham/).count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'co-author-asked', { slices: true });
    await signOut(page);

    // Until Nottingham accepts, the study is not on its page.
    await page.goto('/councils/NGM');
    await heading(page, /Nottingham/);
    await page.getByRole('heading', { level: 2, name: 'Case studies' }).waitFor();
    await loaded(page);
    expect(await page.getByRole('link', { name: title }).count()).toBe(0);
    expect(await page.getByRole('region', { name: /^Invitations to/ }).count()).toBe(0);

    // Nottingham's editor answers on the council's page, with the keyboard.
    await page.goto('/sign-in?returnTo=%2Fcouncils%2FNGM');
    await signIn(
      page,
      seeded('LGX_E2E_NOTTINGHAM_EDITOR_EMAIL'),
      seeded('LGX_E2E_NOTTINGHAM_EDITOR_PASSWORD'),
    );
    await heading(page, /Nottingham/);
    const invitations = page.getByRole('region', { name: /^Invitations to Nottingham/ });
    await invitations.getByRole('link', { name: title }).waitFor();
    await invitations.getByText(/Derby asks Nottingham to co-author this case study/).waitFor();
    await loaded(page);
    expect(await page.locator('.lgx-case-study-list__item', { hasText: title }).count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'co-author-invitation', { slices: true });
    const accept = invitations.getByRole('button', { name: `Accept ${title}` });
    await accept.focus();
    await page.keyboard.press('Enter');
    await page.getByText(`Nottingham is now a co-author of “${title}”`).waitFor();
    await invitations
      .getByText(
        'No council has asked Nottingham to co-author a case study or maintain a component.',
      )
      .waitFor();
    const listed = page.locator('.lgx-case-study-list__item', { hasText: title });
    await listed.getByRole('link', { name: title }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'co-author-accepted', { slices: true });

    // The study names Nottingham as co-author; its editor may now change it, or leave.
    await page.goto(caseStudyPath);
    await heading(page, title);
    await page.getByRole('link', { name: 'Nottingham' }).waitFor();
    await page.getByRole('link', { name: `Edit ${title}` }).waitFor();
    await page.getByRole('button', { name: `Stop being a co-author of ${title}` }).waitFor();
    expect(await page.getByRole('region', { name: 'Councils asked to co-author' }).count()).toBe(0);
    await expectAccessible(page);
    await signOut(page);

    // And visitors see it on Nottingham's page.
    await page.goto('/councils/NGM');
    await page.locator('.lgx-case-study-list__item', { hasText: title }).waitFor();
    await expectAccessible(page);
  }, 180_000);
});
