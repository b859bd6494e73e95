import type { Page } from 'playwright-core';

import { runAdminCli } from './support/admin-cli';
import { publishedCaseStudy } from './support/api';
import { type BrowserSession, openBrowser } from './support/browser';
import { waitWithReload } from './support/reload';
import { expectAccessible, heading, seeded, signIn, signOut } from './support/steps';

const ASKED_ABOUT = 'Garden waste renewals moved online';
const QUESTION = 'How many residents renewed online in the first month?';
const ANSWER = 'About 61% renewed online in the first four weeks.';
const NEW_CASE_STUDY = 'A chatbot answers council tax questions overnight';

/** The first daily digest send time (07:00 UTC) after `at`: the digest that is due next. */
function nextDailyTick(at: Date): Date {
  const tick = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate(), 7));
  if (tick.getTime() <= at.getTime()) tick.setUTCDate(tick.getUTCDate() + 1);
  return tick;
}

async function signInAs(page: Page, who: 'NOTTINGHAM_READER' | 'DERBY_EDITOR', returnTo: string) {
  await page.goto(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  const [email, password] =
    who === 'DERBY_EDITOR'
      ? ['LGX_E2E_EDITOR_EMAIL', 'LGX_E2E_EDITOR_PASSWORD']
      : ['LGX_E2E_NOTTINGHAM_READER_EMAIL', 'LGX_E2E_NOTTINGHAM_READER_PASSWORD'];
  await signIn(page, seeded(email), seeded(password));
}

/**
 * Issue 17's journey: a Nottingham officer saves a search, follows Derby and
 * asks Derby a question; Derby answers; the officer hears of the answer in the
 * app, and of Derby's new case study in the next daily digest, whose
 * unsubscribe link works.
 */
describe('journey: follow, ask, hear back', () => {
  let session: BrowserSession;
  let askedAboutPath: string;

  beforeAll(async () => {
    session = await openBrowser();
    askedAboutPath = `/case-studies/${await publishedCaseStudy(
      ASKED_ABOUT,
      'Residents renew their garden waste collection online, and pay by card.',
    )}`;
  });
  afterAll(async () => {
    await session?.close();
  });

  it('saves a search, follows Derby and asks; hears the answer in the app and the new case study in the digest; unsubscribes', async () => {
    const { page } = session;
    const reader = seeded('LGX_E2E_NOTTINGHAM_READER_EMAIL');
    const account = page.getByRole('navigation', { name: 'Your account' });

    // Nottingham saves the search "chatbot".
    await signInAs(page, 'NOTTINGHAM_READER', '/search?q=chatbot');
    await heading(page, /Search/);
    await page.getByRole('button', { name: 'Save this search' }).click();
    await page.getByText('Search saved: you will hear of new results.').waitFor();
    await expectAccessible(page);

    // Follows Derby, daily.
    await page.goto('/councils/DER');
    await heading(page, 'Derby');
    await page.getByRole('button', { name: 'Follow Derby City Council' }).click();
    await page.getByRole('status').filter({ hasText: 'You follow Derby City Council.' }).waitFor();
    await expectAccessible(page);

    // Asks a question on a Derby case study.
    await page.goto(askedAboutPath);
    await heading(page, ASKED_ABOUT);
    await page.getByLabel('Everyone').check();
    await page.getByLabel('What would you like to ask?').fill(QUESTION);
    await page.getByRole('button', { name: 'Ask the question' }).click();
    const question = page.getByRole('listitem', { name: 'Question' }).filter({ hasText: QUESTION });
    await question.getByText('Not answered yet').waitFor();
    await expectAccessible(page);
    await signOut(page);

    // A Derby editor answers it; Derby publishes a new case study about a chatbot.
    await signInAs(page, 'DERBY_EDITOR', askedAboutPath);
    await heading(page, ASKED_ABOUT);
    await question.getByText('Answer this question').click();
    await question.getByLabel('Your answer').fill(ANSWER);
    await question.getByRole('button', { name: 'Send the answer' }).click();
    await question.getByText(/Answered by Derby just now/).waitFor();
    await expectAccessible(page);
    await signOut(page);
    const publishedAt = new Date();
    await publishedCaseStudy(
      NEW_CASE_STUDY,
      'Residents ask a chatbot about bands, discounts and payments at any hour.',
    );

    // Nottingham sees the unread count, the answer, and the new case study.
    await signInAs(page, 'NOTTINGHAM_READER', '/');
    // Both come through the job queue: the count shows once they are there (at least 2: Derby
    // content published earlier may reach a new follower too).
    const unread = account.getByRole('link', { name: /^Notifications ([2-9]|\d\d+) unread$/ });
    await waitWithReload(page, unread, 30);
    await unread.click();
    await heading(page, 'Notifications');
    const answered = page.getByRole('link', {
      name: `Your question about ${ASKED_ABOUT} was answered`,
    });
    await waitWithReload(page, answered);
    await waitWithReload(page, page.getByRole('link', { name: NEW_CASE_STUDY }));
    await expectAccessible(page);
    await answered.click();
    await heading(page, ASKED_ABOUT);
    await question.getByText(ANSWER).waitFor();
    await expectAccessible(page);

    // The next daily digest, sent now by the operator's command, reaches the dev mailbox.
    for (const tick of new Set([nextDailyTick(publishedAt), nextDailyTick(new Date())].map(String)))
      await runAdminCli(['send-digests', 'DAILY', '--at', new Date(tick).toISOString()]);
    await page.goto('/dev/mailbox');
    await heading(page, 'Dev mailbox');
    const digest = page
      .locator('tbody tr')
      .filter({ hasText: reader })
      .filter({ hasText: 'Your daily LGX digest' })
      .first();
    await waitWithReload(page, digest, 30);
    await expectAccessible(page);
    await digest.getByRole('link').first().click();
    await heading(page, /Your daily LGX digest: \d+ new/);
    await page.locator('.lgx-mail-text').getByText(NEW_CASE_STUDY).waitFor();
    await expectAccessible(page);

    // Its unsubscribe link asks first, then stops digests, and the preferences page agrees.
    await page
      .getByRole('link', { name: /\/unsubscribe\// })
      .first()
      .click();
    await heading(page, 'Unsubscribe');
    await page.getByText('Stop daily and weekly digest emails of what you follow?').waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Unsubscribe' }).click();
    await heading(page, 'You are unsubscribed');
    await expectAccessible(page);
    await page.goto('/email-preferences');
    await heading(page, /Email preferences/);
    expect(
      await page
        .getByLabel(/digest/i)
        .first()
        .isChecked(),
    ).toBe(false);
    await expectAccessible(page);
  });
});
