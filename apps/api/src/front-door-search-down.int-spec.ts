import { bootTestApp, seedTestCouncils, type TestApp } from '@lgx/api/testing';
import { freePort } from '@lgx/infra';

import { createApp } from './bootstrap';

const FRONT_DOOR = `{
  frontDoor {
    figures { caseStudies }
    newestCaseStudies { id }
    mostAdoptedComponents { id }
  }
}`;

/** The front door and the feeds while Meilisearch cannot be reached (nothing listens on its port). */
describe('the front door and feeds without search', () => {
  let harness: TestApp;

  beforeAll(async () => {
    const nowhere = `http://127.0.0.1:${await freePort()}`;
    harness = await bootTestApp((config) =>
      createApp(
        { ...config, search: { ...config.search, url: nowhere } },
        { logger: false, importCouncils: false },
      ),
    );
    await seedTestCouncils(harness.dataSource);
  });
  afterAll(() => harness?.close());

  it('still shows the figures, and says the lists are unavailable', async () => {
    const response = await harness.graphql<{
      frontDoor: { figures: { caseStudies: number }; newestCaseStudies: null };
    }>(FRONT_DOOR);
    expect(response.data?.frontDoor).toEqual({
      figures: { caseStudies: 0 },
      newestCaseStudies: null,
      mostAdoptedComponents: null,
    });
    expect(response.errors?.map((error) => error.extensions?.['code'])).toEqual([
      'SEARCH_UNAVAILABLE',
      'SEARCH_UNAVAILABLE',
    ]);
  });

  it('answers a feed reader 503, saying search is unavailable for now', async () => {
    for (const path of ['/feeds/search.atom?q=bins', '/feeds/councils/DER.atom']) {
      const response = await harness.http().get(path);
      expect(response.status).toBe(503);
      expect(response.body.errors[0].extensions.code).toBe('SEARCH_UNAVAILABLE');
      expect(response.text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|stack/i);
    }
  });
});
