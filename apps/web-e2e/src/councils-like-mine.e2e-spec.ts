import { type BrowserSession, openBrowser } from './support/browser';
import { loaded } from './support/settle';
import {
  expectAccessible,
  expectNoSidewaysScroll,
  heading,
  screenshot,
  seeded,
  signIn,
  signOut,
} from './support/steps';

const PHONE = { width: 390, height: 844 };

/** Issue 18, item 3: councils like mine, on a phone. */
describe("journey: a Nottingham officer compares the council's map with councils like it", () => {
  let session: BrowserSession | undefined;
  afterAll(() => session?.close());

  it("goes from the sector map to its council's comparison, which another council cannot open", async () => {
    session = await openBrowser();
    const { page } = session;
    await page.setViewportSize(PHONE);
    await page.goto('/sign-in?returnTo=%2Fsector-map');
    await signIn(
      page,
      seeded('LGX_E2E_NOTTINGHAM_OFFICER_EMAIL'),
      seeded('LGX_E2E_NOTTINGHAM_OFFICER_PASSWORD'),
    );
    await heading(page, 'Sector map');
    await page.getByRole('link', { name: /^Compare .+ map with councils like yours$/ }).click();
    await heading(page, 'Councils like mine');
    await page.waitForURL(/\/digital-ambition\/[A-Z]+\/peers$/);
    const peersPath = new URL(page.url()).pathname;
    await page.getByRole('table', { name: 'Efficiency and productivity' }).waitFor();
    // Held back until enough similar councils answered, or compared with them: said either way.
    await page
      .getByText(/Peer figures held back: |Compared with \d+ similar councils/)
      .first()
      .waitFor();
    await page.getByRole('heading', { name: 'Case studies peers rated live' }).waitFor();
    await page.waitForLoadState('networkidle');
    await loaded(page);
    await screenshot(page, 'councils-like-mine', { slices: true });
    await expectAccessible(page);
    await expectNoSidewaysScroll(page);

    // The keyboard opens how the peers were chosen.
    const summary = page.locator('summary', { hasText: 'How similar councils are chosen' });
    await summary.focus();
    await page.keyboard.press('Enter');
    await page.getByText(/most alike first/).waitFor();
    await expectAccessible(page);

    // An officer of another council is told the comparison is not theirs to see.
    await signOut(page);
    await page.goto(`/sign-in?returnTo=${encodeURIComponent(peersPath)}`);
    await signIn(page, seeded('LGX_E2E_EDITOR_EMAIL'), seeded('LGX_E2E_EDITOR_PASSWORD'));
    await page.getByText(/Only the council's own officers can compare its map/).waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    await expectAccessible(page);
  });
});
