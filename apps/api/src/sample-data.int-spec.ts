import { SearchIndexer, SearchService } from '@lgx/api/core/search';
import { bootTestApp, signedIn, type TestApp } from '@lgx/api/testing';

import { createApp } from './bootstrap';
import { loadSampleCaseStudies, SAMPLE_CASE_STUDIES } from './sample-data/sample-case-studies';
import { loadSampleComponents, SAMPLE_COMPONENTS } from './sample-data/sample-components';
import { loadSampleCouncilDomains } from './sample-data/sample-council-domains';
import {
  loadSampleProcurementGroups,
  SAMPLE_HISTORY_NAME,
  SAMPLE_PROCUREMENT_GROUPS,
} from './sample-data/sample-procurement-groups';

const GROUPS = `query { procurementGroups(first: 50) { edges { node {
  id title isSample sourceUrl stage route routeLabel desiredStart interestClosesOn category { code }
  leadCouncil { code }
  demand { committedCount interestedCount committedValue { pence } }
  members { council { code } status isLead estimatedValue { pence } }
  viewer { isMember canManage canEdit canExpressInterest canCommit canWithdraw }
  stageHistory { fromStage toStage note changedByName changedByCouncil { code } }
} } } }`;
const codeOf = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  response.errors?.[0]?.extensions?.['code'];

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

  describe('the sample procurement group', () => {
    const fibre = SAMPLE_PROCUREMENT_GROUPS[0]!;
    let id: string;
    beforeAll(async () => {
      expect(await loadSampleProcurementGroups(harness.app)).toBe(SAMPLE_PROCUREMENT_GROUPS.length);
      [{ id }] = await harness.dataSource.query(
        `SELECT id FROM procurement_group WHERE source_url = $1`,
        [fibre.sourceUrl],
      );
    });

    it('loads once, marked as sample with the source of the case study about it', async () => {
      expect(await loadSampleProcurementGroups(harness.app)).toBe(0);
      const rows = await harness.dataSource.query(
        `SELECT is_sample, source_url, stage, lead_council_code, route, desired_start, interest_closes_on FROM procurement_group`,
      );
      expect(rows).toEqual([
        {
          is_sample: true,
          source_url: fibre.sourceUrl,
          stage: 'AWARDED',
          lead_council_code: 'GMCA',
          route: null,
          desired_start: null,
          interest_closes_on: null,
        },
      ]);
      const caseStudy = SAMPLE_CASE_STUDIES.find((study) => study.leadCouncilCode === 'GMCA')!;
      expect(fibre.sourceUrl).toBe(caseStudy.sourceUrl);
      // Only sample content may leave out a route and dates.
      await expect(
        harness.dataSource.query(`UPDATE procurement_group SET is_sample = false WHERE id = $1`, [
          id,
        ]),
      ).rejects.toThrow(/procurement_group_details_unless_sample/);
    });

    it('is listed for any officer, with its source, members as the source names them and its history', async () => {
      const kent = await signedIn(harness, { council: 'KEN' });
      const response = await kent.graphql<{
        procurementGroups: { edges: { node: Record<string, unknown> }[] };
      }>(GROUPS);
      expect(response.errors).toBeUndefined();
      const group = response
        .data!.procurementGroups.edges.map((e) => e.node)
        .find((g) => g['id'] === id);
      expect(group).toMatchObject({
        isSample: true,
        sourceUrl: fibre.sourceUrl,
        stage: 'AWARDED',
        route: null,
        routeLabel: null,
        desiredStart: null,
        interestClosesOn: null,
        category: { code: '32412000-4' },
        leadCouncil: { code: 'GMCA' },
        demand: { committedCount: 8, interestedCount: 0, committedValue: { pence: '74000000' } },
        viewer: {
          isMember: false,
          canManage: false,
          canEdit: false,
          canExpressInterest: false,
          canCommit: false,
          canWithdraw: false,
        },
        stageHistory: [
          {
            fromStage: 'TENDERING',
            toStage: 'AWARDED',
            note: expect.stringContaining('early 2020'),
            changedByName: SAMPLE_HISTORY_NAME,
            changedByCouncil: null,
          },
        ],
      });
      expect(
        (group!['members'] as { council: { code: string }; status: string }[]).map((m) => [
          m.council.code,
          m.status,
        ]),
      ).toEqual(
        ['GMCA', 'BUR', 'BOL', 'OLD', 'RCH', 'SKP', 'TRF', 'WGN'].map((code) => [
          code,
          'COMMITTED',
        ]),
      );
      expect(String(group!['title'])).toContain('full fibre');
    });

    it('is never shown to visitors, over GraphQL or in search', async () => {
      expect(codeOf(await harness.graphql(GROUPS))).toBe('UNAUTHENTICATED');
      const visitor = await signedIn(harness, {});
      expect(codeOf(await visitor.graphql(GROUPS))).toBe('FORBIDDEN');
      await harness.app.get(SearchIndexer).settle();
      const search = (officer: boolean) =>
        harness.app.get(SearchService).run({
          query: 'full fibre',
          types: ['procurement_group'],
          limit: 5,
          offset: 0,
          scope: { officer, groupIds: [] },
        });
      expect((await search(false)).hits).toEqual([]);
      const officerHits = (await search(true)).hits;
      expect(officerHits.map((hit) => hit.id)).toEqual([id]);
    });

    it('does not change on LGX, even for its lead and members, and has no OCDS release', async () => {
      const before = await harness.dataSource.query(
        `SELECT g.updated_at, (SELECT count(*)::int FROM procurement_group_member WHERE group_id = g.id) AS members,
           (SELECT count(*)::int FROM procurement_group_message WHERE group_id = g.id) AS messages
         FROM procurement_group g WHERE id = $1`,
        [id],
      );
      const gmcaAdmin = await signedIn(harness, { council: 'GMCA', role: 'ADMIN' });
      const stockport = await signedIn(harness, { council: 'SKP', role: 'EDITOR' });
      const moved = await gmcaAdmin.graphql(
        `mutation($input: MoveGroupStageInput!) { moveProcurementGroupStage(input: $input) { stage } }`,
        { input: { groupId: id, to: 'CLOSED', reason: 'Done' } },
      );
      expect(codeOf(moved)).toBe('SAMPLE_CONTENT');
      expect(
        codeOf(
          await stockport.graphql(`mutation($id: ID!) { withdrawFromGroup(id: $id) { id } }`, {
            id,
          }),
        ),
      ).toBe('SAMPLE_CONTENT');
      const posted = await stockport.graphql(
        `mutation($id: ID!, $body: String!) { postGroupMessage(id: $id, body: $body) { id } }`,
        { id, body: 'Hello' },
      );
      expect(codeOf(posted)).toBe('SAMPLE_CONTENT');
      expect(
        await harness.dataSource.query(
          `SELECT g.updated_at, (SELECT count(*)::int FROM procurement_group_member WHERE group_id = g.id) AS members,
             (SELECT count(*)::int FROM procurement_group_message WHERE group_id = g.id) AS messages
           FROM procurement_group g WHERE id = $1`,
          [id],
        ),
      ).toEqual(before);

      const exported = await harness
        .http()
        .get(`/procurement-exports/${id}/ocds.json`)
        .set('cookie', stockport.cookie)
        .expect(400);
      expect(exported.body.errors[0].extensions.code).toBe('SAMPLE_CONTENT');
      expect(exported.body.errors[0].message).toContain('sample content');
      expect(exported.body.errors[0].message).toContain(fibre.sourceUrl);
      // Not a member: refused as for any group, before anything about the group is said.
      const kent = await signedIn(harness, { council: 'KEN' });
      await harness
        .http()
        .get(`/procurement-exports/${id}/ocds.json`)
        .set('cookie', kent.cookie)
        .expect(403);
    });
  });
});
