import { strFromU8, unzipSync } from 'fflate';

import { publishedCaseStudy } from './support/api';
import { type BrowserSession, openBrowser } from './support/browser';
import { download } from './support/download';
import { expectAccessible, heading, seeded, signIn } from './support/steps';

const TITLE = 'Street lights that report their own faults';

/** Issue 18, item 6: our business case from peers. */
describe('journey: a Nottingham officer starts a business case from a published case study', () => {
  let session: BrowserSession;
  let caseStudyId: string;

  beforeAll(async () => {
    session = await openBrowser();
    caseStudyId = await publishedCaseStudy(
      TITLE,
      'Sensors in Derby street lights report faults before residents do.',
      {
        investment: '120000',
        runningCostPerYear: '6000',
        cashableSavingsPerYear: '45000',
        savingsPeriodYears: 5,
        objectives: ['NET_ZERO'],
        technologies: ['IOT_AND_SENSORS'],
        lessonsLearned: 'Start with one ward and measure fault reports before and after.',
      },
    );
  });
  afterAll(async () => {
    await session?.close();
  });

  it('opens the case study, starts the business case, sees the peers and the spread, downloads .docx and Markdown', async () => {
    const { page } = session;
    await page.goto(`/sign-in?returnTo=${encodeURIComponent(`/case-studies/${caseStudyId}`)}`);
    await signIn(
      page,
      seeded('LGX_E2E_NOTTINGHAM_OFFICER_EMAIL'),
      seeded('LGX_E2E_NOTTINGHAM_OFFICER_PASSWORD'),
    );
    await heading(page, TITLE);
    await page.getByRole('link', { name: 'Start our business case' }).click();
    await page.waitForURL(new RegExp(`/business-case\\?caseStudy=${caseStudyId}$`));
    await heading(page, `Our business case from peers of “${TITLE}”`);

    const peers = page.getByRole('table', { name: /The comparable case studies/ });
    await peers.getByRole('link', { name: TITLE }).waitFor();
    await page.getByText(/Each figure is scaled to Nottingham/).waitFor();
    const spread = page.getByRole('table', { name: 'The spread across peers' });
    await spread.getByRole('rowheader', { name: 'Investment' }).waitFor();
    const method = page.getByRole('table', { name: 'The method applied to the spread' });
    for (const reading of ['Low', 'Central', 'High'])
      await method.getByRole('rowheader', { name: new RegExp(`^${reading}`) }).waitFor();
    await expectAccessible(page);

    const word = await download(page, 'Download as Word (.docx)');
    expect(word.name).toMatch(/^our-business-case-nottingham-\d{4}-\d{2}-\d{2}\.docx$/);
    expect(word.file.subarray(0, 2).toString()).toBe('PK'); // a zip
    const document = strFromU8(unzipSync(new Uint8Array(word.file))['word/document.xml']!);
    for (const heading of ['Strategic case', 'Economic case', 'Financial case']) {
      expect(document).toContain(heading);
    }
    expect(document).toContain(TITLE);

    const markdown = await download(page, 'Download as Markdown');
    expect(markdown.name).toMatch(/^our-business-case-nottingham-.*\.md$/);
    expect(markdown.file.toString('utf8')).toContain(`/case-studies/${caseStudyId}>)`);
    expect(markdown.file.toString('utf8')).toContain('Start with one ward');

    // From a sector map cell (the address its link uses): the same peer, and a .docx.
    await page.goto('/business-case?objective=NET_ZERO&technology=IOT_AND_SENSORS');
    await heading(page, /^Our business case from Net zero with IoT and sensors/);
    await page
      .getByRole('table', { name: /The comparable case studies/ })
      .getByRole('link', { name: TITLE })
      .waitFor();
    await expectAccessible(page);
    const fromCell = await download(page, 'Download as Word (.docx)');
    expect(strFromU8(unzipSync(new Uint8Array(fromCell.file))['word/document.xml']!)).toContain(
      TITLE,
    );
  });

  it('asks a visitor to sign in', async () => {
    const visitor = await openBrowser();
    try {
      await visitor.page.goto(`/business-case?caseStudy=${caseStudyId}`);
      await heading(visitor.page, 'Our business case');
      const signInLink = visitor.page
        .locator('#main-content')
        .getByRole('link', { name: 'Sign in' });
      expect(await signInLink.getAttribute('href')).toBe(
        `/sign-in?returnTo=${encodeURIComponent(`/business-case?caseStudy=${caseStudyId}`)}`,
      );
      await expectAccessible(visitor.page);
    } finally {
      await visitor.close();
    }
  });
});
