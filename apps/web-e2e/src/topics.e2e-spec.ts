import type { Page } from 'playwright-core';

import { publishedCaseStudy } from './support/api';
import { type BrowserSession, openBrowser } from './support/browser';
import { loaded } from './support/settle';
import { expectAccessible, heading, screenshot, seeded, signIn } from './support/steps';

const TITLE = 'Topics: missed bins reported online';
const TOPIC = 'Waste and recycling';

/** How far the page is wider than the window: more than zero means scrolling sideways. */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Issue 17: a topic's page, reached from a case study's tag, followed by an officer. */
describe('journey: open a topic from a case study and follow it', () => {
  let session: BrowserSession;
  let caseStudyId: string;

  beforeAll(async () => {
    // Derby's case study, tagged with the service area "Waste and recycling".
    caseStudyId = await publishedCaseStudy(TITLE);
    session = await openBrowser();
    await session.page.setViewportSize({ width: 390, height: 844 });
  });

  afterAll(async () => {
    await session?.close();
  });

  it('a visitor opens the topic from the tag and sees its case studies; an officer follows it', async () => {
    const { page } = session;
    await page.goto(`/case-studies/${caseStudyId}`);
    await heading(page, TITLE);
    await page.getByRole('link', { name: TOPIC }).click();
    await page.waitForURL(/\/topics\/service-area\/waste$/);
    await heading(page, TOPIC);
    const studies = page.getByRole('region', { name: /^Case studies \(\d+\)$/ });
    await studies.getByRole('link', { name: TITLE }).waitFor();
    await page.waitForLoadState('networkidle');
    await loaded(page);
    await screenshot(page, 'topic-visitor');
    await expectAccessible(page);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);

    // Signing in to follow comes back to the topic.
    await page.getByRole('link', { name: `Sign in to follow ${TOPIC}` }).click();
    await signIn(
      page,
      seeded('LGX_E2E_NOTTINGHAM_OFFICER_EMAIL'),
      seeded('LGX_E2E_NOTTINGHAM_OFFICER_PASSWORD'),
    );
    await page.waitForURL(/\/topics\/service-area\/waste$/);
    await heading(page, TOPIC);
    await page.getByRole('button', { name: `Follow ${TOPIC}` }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `You follow ${TOPIC}.` })
      .waitFor();
    await expectAccessible(page);

    // The Following page lists it, linked to its page.
    await page.goto('/following');
    await heading(page, 'What you follow');
    const followed = page
      .getByRole('table', { name: /^You follow \d+ things?$/ })
      .getByRole('link', { name: TOPIC });
    expect(await followed.getAttribute('href')).toBe('/topics/service-area/waste');
    await expectAccessible(page);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);

    // Every topic, by kind, from the index.
    await page.goto('/topics');
    await heading(page, 'Topics');
    await page
      .getByRole('table', { name: /^Service areas/ })
      .getByRole('link', { name: TOPIC })
      .waitFor();
    await page.waitForLoadState('networkidle');
    await loaded(page);
    await expectAccessible(page);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);

    // An address that names no topic says so, with the way back.
    await page.goto('/topics/service-area/balloons');
    await heading(page, 'Topic not found');
    await page.getByRole('link', { name: 'every topic' }).waitFor();
    await expectAccessible(page);

    // Unfollow again, from the topic's page.
    await page.goto('/topics/service-area/waste');
    await page.getByRole('button', { name: `Unfollow ${TOPIC}` }).click();
    await page.getByRole('button', { name: `Follow ${TOPIC}` }).waitFor();
  });
});
