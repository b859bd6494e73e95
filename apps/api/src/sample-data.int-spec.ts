import { SearchIndexer, SearchService } from '@lgx/api/core/search';
import { bootTestApp, type TestApp } from '@lgx/api/testing';

import { createApp } from './bootstrap';
import { loadSampleCaseStudies, SAMPLE_CASE_STUDIES } from './sample-data/sample-case-studies';
import { loadSampleComponents, SAMPLE_COMPONENTS } from './sample-data/sample-components';
import { loadSampleCouncilDomains } from './sample-data/sample-council-domains';

describe('sample content', () => {
  let harness: TestApp;
  beforeAll(async () => {
    harness = await bootTestApp((config) => createApp(config, { logger: false }));
  });
  afterAll(() => harness?.close());

  it('loads once into an empty database, marked as sample content with its public source', async () => {
    expect(await loadSampleCouncilDomains(harness.app)).toBeGreaterThan(0);
    expect(await loadSampleCaseStudies(harness.app)).toBe(SAMPLE_CASE_STUDIES.length);
    expect(await loadSampleCaseStudies(harness.app)).toBe(0);
    const rows = await harness.dataSource.query(
      `SELECT is_sample, status, source_url FROM case_study`,
    );
    expect(rows).toHaveLength(SAMPLE_CASE_STUDIES.length);
    expect(
      rows.every(
        (row: { is_sample: boolean; status: string; source_url: string }) =>
          row.is_sample && row.status === 'PUBLISHED' && row.source_url.startsWith('https://'),
      ),
    ).toBe(true);
  });

  it('is readable over GraphQL and found by search in council vocabulary', async () => {
    const [{ id }] = await harness.dataSource.query(
      `SELECT id FROM case_study WHERE title LIKE 'Darcie%'`,
    );
    const read = await harness.graphql<{
      caseStudy: { isSample: boolean; leadCouncil: { name: string }; stage: { label: string } };
    }>(`query($id: ID!) { caseStudy(id: $id) { isSample leadCouncil { name } stage { label } } }`, {
      id,
    });
    expect(read.data!.caseStudy).toEqual({
      isSample: true,
      leadCouncil: { name: 'Derby' },
      stage: { label: 'Scaled' },
    });
    await harness.app.get(SearchIndexer).settle();
    const found = await harness.app.get(SearchService).run({
      query: 'chatbot',
      types: ['case_study'],
      limit: 5,
      offset: 0,
      scope: { officer: false, groupIds: [] },
    });
    expect(found.hits.map((hit) => hit.title)).toContain(
      'Darcie and Ali: digital assistants on the website and phone lines',
    );
  });

  it('loads sample components once, published and marked as sample, found by search', async () => {
    expect(await loadSampleComponents(harness.app)).toBe(SAMPLE_COMPONENTS.length);
    expect(await loadSampleComponents(harness.app)).toBe(0);
    const rows = await harness.dataSource.query(
      `SELECT name, is_sample, status, adoption_count FROM component`,
    );
    expect(rows).toHaveLength(SAMPLE_COMPONENTS.length);
    expect(
      rows.every(
        (row: { is_sample: boolean; status: string; adoption_count: number }) =>
          row.is_sample && row.status === 'PUBLISHED' && row.adoption_count === 0,
      ),
    ).toBe(true);
    await harness.app.get(SearchIndexer).settle();
    const found = await harness.app.get(SearchService).run({
      query: 'planning applications',
      types: ['component'],
      limit: 5,
      offset: 0,
      scope: { officer: false, groupIds: [] },
    });
    expect(found.hits.map((hit) => hit.title)).toContain('BOPS (Back Office Planning System)');
  });
});
