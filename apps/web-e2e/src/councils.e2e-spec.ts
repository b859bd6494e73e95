import { axeViolations } from './support/axe';
import { type BrowserSession, openBrowser } from './support/browser';
import { eventually, stillLoading } from './support/settle';

describe('journey: find a council in the register', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await openBrowser();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('loads the councils page, filters to the East Midlands and opens Derby', async () => {
    const { page } = session;

    await page.goto('/councils');
    await page.getByRole('heading', { level: 1, name: 'Councils' }).waitFor();
    await page.getByText(/^\d[\d,]* councils$/).waitFor();
    expect(await page.title()).toBe('Councils – LGX, the LocalGov Exchange');
    expect(await axeViolations(page)).toEqual([]);

    // The skip link is the first thing a keyboard user reaches.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Skip to main content',
    );
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');

    await page.getByLabel('Region').selectOption('East Midlands');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/region=East\+Midlands/, { waitUntil: 'commit' });
    await page.getByText(/councils match your filters/).waitFor();
    const regions = await page.locator('tbody tr td:nth-child(3)').allTextContents();
    expect(regions.length).toBeGreaterThan(10);
    expect(new Set(regions)).toEqual(new Set(['East Midlands']));
    expect(await axeViolations(page)).toEqual([]);

    // A person looking for Derby types its name: the filters add up, and Derby is on the
    // one page left, whatever page of the East Midlands it was on.
    await page.getByLabel('Name or code').fill('Derby');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/name=Derby&.*region=East\+Midlands/, { waitUntil: 'commit' });
    // The address changes before the list does, and the old list still says "match your
    // filters": wait until the list shown is the new one, every council in it a Derby.
    const names = page.getByRole('table').getByRole('link');
    await eventually(
      async () => ({
        loading: await stillLoading(page).count(),
        notDerby: (await names.allTextContents()).filter((name) => !name.includes('Derby')),
      }),
      { loading: 0, notDerby: [] },
    );
    const derby = names.filter({ hasText: /^Derby$/ });
    await derby.click();

    await page.waitForURL(/\/councils\/DER$/, { waitUntil: 'commit' });
    await page.getByRole('heading', { level: 1, name: 'Derby' }).waitFor();
    expect(await page.title()).toBe('Derby – LGX, the LocalGov Exchange');
    await page.getByText('Derby City Council').waitFor();
    await page.getByText('E06000015').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('says so when a council code does not exist', async () => {
    const { page } = session;
    await page.goto('/councils/NOPE');
    await page.getByRole('heading', { level: 1, name: 'Council not found' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
