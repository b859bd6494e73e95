import type { Route } from 'playwright-core';

import { signedInAs } from './support/api';
import { type BrowserSession, openBrowser } from './support/browser';
import { heading, seeded, signIn } from './support/steps';

const TITLE = 'Garden waste renewals, saved once though the answer was lost';

/**
 * The gap issue 19 left (decision 0074): a write stored by the API whose
 * answer never reached the browser (a process killed after its COMMIT; here
 * the answer is swapped for a gateway's 502 on its way back). The web client
 * sends it again with the same Idempotency-Key and gets the stored answer: the
 * person sees the draft saved, and it is saved once.
 */
describe('journey: an editor saves a draft whose answer is lost on the way back', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await openBrowser();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('is shown the draft saved, which is stored once', async () => {
    const { page } = session;
    await page.goto('/sign-in?returnTo=%2Fcase-studies%2Fnew');
    await signIn(page, seeded('LGX_E2E_EDITOR_EMAIL'), seeded('LGX_E2E_EDITOR_PASSWORD'));
    await heading(page, 'Write a case study');

    const sent: { key: string | undefined; status: number; replayed: boolean }[] = [];
    await page.route('**/graphql', async (route: Route) => {
      const request = route.request();
      if (request.method() !== 'POST' || !request.postData()?.includes('createCaseStudy'))
        return route.continue();
      const response = await route.fetch();
      const key = request.headers()['idempotency-key'];
      const replayed = response.headers()['idempotent-replayed'] === 'true';
      if (sent.length === 0) {
        // The API stored the draft; its answer is lost and a gateway answers instead.
        sent.push({ key, status: 502, replayed });
        return route.fulfill({ status: 502, contentType: 'text/html', body: '<h1>502</h1>' });
      }
      sent.push({ key, status: response.status(), replayed });
      return route.fulfill({ response });
    });

    await page.getByLabel('Title', { exact: true }).fill(TITLE);
    await page
      .getByLabel('Summary', { exact: true })
      .fill('Residents renew garden waste collections online; the renewal is saved once.');
    await page.getByLabel('Pilot', { exact: true }).check();
    await page.getByRole('button', { name: 'Save and preview' }).click();
    await heading(page, TITLE);
    await page.getByText('Your draft has been saved').waitFor();

    expect(sent).toEqual([
      { key: expect.stringMatching(/^[0-9a-f-]{36}$/), status: 502, replayed: false },
      { key: sent[0]!.key, status: 200, replayed: true },
    ]);
    const { graphql, dispose } = await signedInAs(
      seeded('LGX_E2E_EDITOR_EMAIL'),
      seeded('LGX_E2E_EDITOR_PASSWORD'),
    );
    try {
      const data = (await graphql('{ councilCaseStudies(councilCode: "DER") { id title } }')) as {
        councilCaseStudies?: { title: string }[];
      };
      expect(data.councilCaseStudies?.filter((study) => study.title === TITLE)).toHaveLength(1);
    } finally {
      await dispose();
    }
  });
});
