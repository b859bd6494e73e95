import { signInAdmin } from './support/admin-sign-in';
import { publishedCaseStudy } from './support/api';
import { type BrowserSession, openBrowser } from './support/browser';
import { expectAccessible, heading, seeded, signOut } from './support/steps';

const TITLE = 'Care assessments triaged with machine learning';
const PHONE = { width: 390, height: 844 };

/** Issue 18, item 1: a council's digital ambition map. */
describe("journey: Derby's admin fills in part of its digital ambition map", () => {
  let session: BrowserSession;
  let caseStudyPath: string;

  beforeAll(async () => {
    session = await openBrowser();
    caseStudyPath = `/case-studies/${await publishedCaseStudy(TITLE)}`;
  });
  afterAll(async () => {
    await session?.close();
  });

  it('answers an objective, marks AI live with its case study, publishes, a visitor reads it, and it is made private again', async () => {
    const { page } = session;
    await page.goto('/sign-in?returnTo=%2Fcouncils%2FDER');
    await heading(page, 'Sign in');
    await signInAdmin(
      page,
      seeded('LGX_E2E_AMBITION_ADMIN_EMAIL'),
      seeded('LGX_E2E_AMBITION_ADMIN_PASSWORD'),
    );
    await page.goto('/councils/DER');
    await page.getByRole('link', { name: /digital ambition map/ }).click();
    await heading(page, 'Digital ambition');
    await page.getByText("Only your council's officers can read this map.").waitFor();
    await expectAccessible(page);

    await page.getByText('Prevention and early help', { exact: true }).click();
    const form = page.getByRole('form', { name: 'Prevention and early help' });
    await form
      .getByRole('group', { name: /How important is prevention/ })
      .getByLabel('4')
      .check();
    const ai = form.getByRole('group', { name: 'AI and machine learning' });
    await ai
      .getByRole('group', { name: /Potential you see/ })
      .getByLabel('High')
      .check();
    await ai
      .getByRole('group', { name: /Your plan/ })
      .getByLabel('Live')
      .check();
    const save = form.getByRole('button', { name: 'Save prevention and early help' });
    // Live without evidence: said at once, with a link to the chooser.
    await save.click();
    await form
      .locator('.govuk-error-summary')
      .getByRole('link', { name: /AI and machine learning: live needs evidence/ })
      .click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('PREVENTION-AI-evidence');
    await expectAccessible(page);
    await ai.getByLabel('Evidence for AI and machine learning').selectOption({
      label: `Case study: ${TITLE}`,
    });
    await ai
      .getByRole('group', { name: /What holds you back/ })
      .getByLabel('Skills')
      .check();
    await ai
      .getByRole('group', { name: /knowledge, ability and confidence/ })
      .getByLabel('Partly')
      .check();
    await save.click();
    await form.getByText('Prevention and early help: saved.').waitFor();
    await page.getByText('Prevention and early help: importance not answered → 4').waitFor();
    await expectAccessible(page);

    // On a phone nothing is wider than the screen.
    await page.setViewportSize(PHONE);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      PHONE.width,
    );
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.getByRole('button', { name: 'Publish the map' }).click();
    await page.getByText('Anyone can read this map.').waitFor();
    await expectAccessible(page);

    // A visitor, in a browser of their own, reads it.
    const visitor = await openBrowser();
    try {
      await visitor.page.goto('/digital-ambition/DER');
      await heading(visitor.page, 'Digital ambition');
      await visitor.page.getByText('Importance: 4 out of 5').waitFor();
      const evidence = visitor.page.getByRole('link', { name: TITLE });
      expect(await evidence.getAttribute('href')).toBe(caseStudyPath);
      await expectAccessible(visitor.page);
    } finally {
      await visitor.close();
    }

    // Derby's admin makes it private again (and leaves Derby's map private for the sector
    // map journey, whose small-number rule counts private maps only).
    await page.getByRole('button', { name: 'Make the map private' }).click();
    await page.getByText("Only your council's officers can read this map.").waitFor();
    await signOut(page);
  });
});
