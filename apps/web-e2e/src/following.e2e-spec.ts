import { type BrowserSession, openBrowser } from './support/browser';
import { eventually } from './support/settle';
import { expectAccessible, heading, screenshot, seeded, signIn } from './support/steps';

/** Issue 17: an officer follows a council, saves a search, and manages both. */
describe('journey: follow a council and save a search', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await openBrowser();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('follows Derby, saves “chatbot”, and manages them on the Following page', async () => {
    const { page } = session;
    await page.goto('/sign-in?returnTo=%2Fcouncils%2FDER');
    await signIn(
      page,
      seeded('LGX_E2E_NOTTINGHAM_OFFICER_EMAIL'),
      seeded('LGX_E2E_NOTTINGHAM_OFFICER_PASSWORD'),
    );
    await heading(page, 'Derby');
    const account = page.getByRole('navigation', { name: 'Your account' });
    await account.getByRole('link', { name: /^Notifications/ }).waitFor();

    // Follow Derby: the button says what it does and the page says what happened.
    await page.getByRole('button', { name: 'Follow Derby City Council' }).click();
    await page.getByRole('status').filter({ hasText: 'You follow Derby City Council.' }).waitFor();
    await page.getByRole('button', { name: 'Unfollow Derby City Council' }).waitFor();
    await expectAccessible(page);

    // Save a search.
    await page.goto('/search?q=chatbot');
    await page.getByRole('button', { name: 'Save this search' }).click();
    await page.getByText('Search saved: you will hear of new results.').waitFor();
    await expectAccessible(page);

    // Manage both from the account navigation.
    await account.getByRole('link', { name: 'Following' }).click();
    await heading(page, 'What you follow');
    const table = page.getByRole('table', { name: /^You follow \d+ things?$/ });
    await table.getByRole('link', { name: 'Derby City Council' }).waitFor();
    await table.getByRole('link', { name: '“chatbot”' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Make it weekly for Derby City Council' }).click();
    await page.getByText('Derby City Council: a weekly digest.').waitFor();
    await page.getByRole('button', { name: 'Unfollow “chatbot”' }).click();
    await page.getByText('You no longer follow “chatbot”.').waitFor();
    await table.getByRole('link', { name: '“chatbot”' }).waitFor({ state: 'detached' });

    // Notifications: in-app, newest first.
    await account.getByRole('link', { name: /^Notifications/ }).click();
    await heading(page, 'Notifications');
    await expectAccessible(page);

    // The home page's "for you": each part there, and nothing wider than a 390 px phone.
    await page.goto('/');
    const forYou = page.getByRole('region', { name: 'For you' });
    for (const part of ['New from what you follow', 'Questions waiting for your council'])
      await forYou.getByRole('heading', { level: 3, name: part }).waitFor();
    await forYou.getByRole('heading', { level: 3, name: 'Groups that match' }).waitFor();
    // Each part says "Loading …" (a status) until its data is in, and says why as a status if
    // it could not load: wait, bounded, for none to be left. networkidle is only 500 ms
    // without requests, and a part may not have asked yet.
    await eventually(() => forYou.getByRole('status').allInnerTexts(), []);
    await expectAccessible(page);
    await screenshot(page, 'home-for-you');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'home-for-you-phone');
    const widths = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
    await page.setViewportSize({ width: 1280, height: 720 });

    // Unfollow Derby again, from its page.
    await page.goto('/councils/DER');
    await page.getByRole('button', { name: 'Unfollow Derby City Council' }).click();
    await page.getByRole('button', { name: 'Follow Derby City Council' }).waitFor();
  });
});
