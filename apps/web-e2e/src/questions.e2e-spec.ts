import type { Page } from 'playwright-core';

import { publishedCaseStudy } from './support/api';
import { type BrowserSession, openBrowser } from './support/browser';
import { expectAccessible, heading, seeded, signIn, signOut } from './support/steps';

const TITLE = 'Missed bin reports answered the same day';
const PUBLIC_QUESTION = 'How did the crews get the reports on their rounds?';
const OFFICERS_QUESTION = 'What did the in-cab devices cost you?\nAnd who supplied them?';
const ANSWER = 'Through the in-cab tablets they already had.\nNo new devices were needed.';

const questionItem = (page: Page, text: string) =>
  page.getByRole('listitem', { name: 'Question' }).filter({ hasText: text });

/** Issue 17, item 4: a question on a case study, to the council that published it. */
describe('journey: Nottingham asks Derby about a case study, and Derby answers', () => {
  let session: BrowserSession;
  let path: string;

  beforeAll(async () => {
    session = await openBrowser();
    path = `/case-studies/${await publishedCaseStudy(TITLE)}`;
  });
  afterAll(async () => {
    await session?.close();
  });

  it('asks publicly and for officers only, shows what waits, answers, and shows visitors only the public one', async () => {
    const { page } = session;
    // A visitor is offered to sign in to ask.
    await page.goto(path);
    await heading(page, TITLE);
    await page.getByText('No questions about this case study yet.').waitFor();
    await page.getByRole('link', { name: 'Sign in to ask Derby a question' }).click();

    // Nottingham's editor asks, back on the case study.
    await signIn(
      page,
      seeded('LGX_E2E_NOTTINGHAM_EDITOR_EMAIL'),
      seeded('LGX_E2E_NOTTINGHAM_EDITOR_PASSWORD'),
    );
    await heading(page, TITLE);
    const ask = async (text: string, who: 'Everyone' | 'Council officers only') => {
      await page.getByLabel(who).check();
      await page.getByLabel('What would you like to ask?').fill(text);
      await page.getByRole('button', { name: 'Ask the question' }).click();
      await questionItem(page, text.split('\n')[0]!).waitFor();
    };
    // Too short: said at once, nothing sent.
    await page.getByLabel('What would you like to ask?').fill('Why?');
    await page.getByRole('button', { name: 'Ask the question' }).click();
    await page
      .locator('.govuk-error-summary')
      .getByText('Write your question in 10 to 2,000 characters')
      .waitFor();
    await ask(PUBLIC_QUESTION, 'Everyone');
    await ask(OFFICERS_QUESTION, 'Council officers only');
    const waiting = questionItem(page, PUBLIC_QUESTION);
    await waiting.getByText('Not answered yet').waitFor();
    await waiting.getByText(/Asked by an officer of Nottingham just now/).waitFor();
    await questionItem(page, 'What did the in-cab devices cost you?')
      .getByText('Officers only')
      .waitFor();
    await expectAccessible(page);
    await signOut(page);

    // Derby's editor answers the public question.
    await page.goto(`/sign-in?returnTo=${encodeURIComponent(path)}`);
    await signIn(page, seeded('LGX_E2E_EDITOR_EMAIL'), seeded('LGX_E2E_EDITOR_PASSWORD'));
    await heading(page, TITLE);
    await page
      .getByText('Officers of Derby answer questions about this case study here.')
      .waitFor();
    const question = questionItem(page, PUBLIC_QUESTION);
    await question.getByText('Answer this question').click();
    await question.getByLabel('Your answer').fill(ANSWER);
    await question.getByRole('button', { name: 'Send the answer' }).click();
    await question.getByText(/Answered by Derby just now/).waitFor();
    expect(await question.getByText('Not answered yet').count()).toBe(0);
    await expectAccessible(page);
    await signOut(page);

    // A visitor reads the public question and its answer, line breaks kept, and nothing officers-only.
    await page.goto(path);
    await heading(page, TITLE);
    const answered = questionItem(page, PUBLIC_QUESTION);
    await answered.getByText(/Answered by Derby/).waitFor();
    expect(await answered.locator('.govuk-inset-text p').first().innerText()).toBe(ANSWER);
    expect(await page.getByText('in-cab devices cost').count()).toBe(0);
    await expectAccessible(page);
  });
});
