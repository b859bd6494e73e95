import { SearchIndexer } from '@lgx/api/core/search';
import { bootTestApp, type TestApp } from '@lgx/api/testing';

import { createApp } from '../bootstrap';
import { loadSampleCaseStudies } from './sample-case-studies';
import { loadSampleComponents } from './sample-components';
import { loadSampleCouncilDomains } from './sample-council-domains';
import { loadSampleProcurementGroups } from './sample-procurement-groups';

/**
 * For search tests: the API with the whole register and the sample content
 * beside it, as on a development platform (council names in case study,
 * component and group titles compete with the councils themselves), indexed
 * and settled, with rate limits out of the way.
 */
export async function bootAppWithSampleContent(): Promise<TestApp> {
  const harness = await bootTestApp((config) =>
    createApp(config, { logger: false, http: { rateLimit: { limit: 100_000 } } }),
  );
  await loadSampleCouncilDomains(harness.app);
  if ((await loadSampleCaseStudies(harness.app)) === 0) {
    throw new Error('The sample case studies did not load.');
  }
  await loadSampleComponents(harness.app);
  await loadSampleProcurementGroups(harness.app);
  await harness.app.get(SearchIndexer).settle();
  return harness;
}
