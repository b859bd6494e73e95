import { readFileSync } from 'node:fs';

import { bootTestApp, createFeatureApp, type TestApp } from '@lgx/api/testing';
import { parse } from 'csv-parse/sync';

import { COUNCIL_REGISTER_FILE, CouncilImportService } from './council-import.service';
import { COUNCIL_ENTITIES, CouncilsModule } from './councils.module';

// Expectations are computed from the CSV itself, independently of the code under test.
const rows: Record<string, string>[] = parse(readFileSync(COUNCIL_REGISTER_FILE), {
  columns: true,
});
const current = rows.filter((row) => row['current-authority'] === 'True');

const COUNCILS = /* GraphQL */ `
  query Councils($filter: CouncilsFilterInput, $first: Int, $after: String) {
    councils(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          code
          name
          region
          nation
          type
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

interface CouncilsData {
  councils: {
    totalCount: number;
    edges: {
      cursor: string;
      node: { code: string; name: string; region: string | null; nation: string; type: string };
    }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe('councils query (GraphQL over HTTP, PostgreSQL)', () => {
  let harness: TestApp;

  beforeAll(async () => {
    harness = await bootTestApp(async (config) => {
      const app = await createFeatureApp(config, {
        imports: [CouncilsModule],
        entities: COUNCIL_ENTITIES,
      });
      await app.get(CouncilImportService).importRegister();
      return app;
    });
  });

  afterAll(async () => {
    await harness?.close();
  });

  const councils = (variables: Record<string, unknown>) =>
    harness.graphql<CouncilsData>(COUNCILS, variables);

  /** Follows every page and returns all nodes. */
  async function allPages(filter: Record<string, unknown> | null, first: number) {
    const nodes: CouncilsData['councils']['edges'][number]['node'][] = [];
    let after: string | null = null;
    for (let page = 0; page < 100; page++) {
      const response = await councils({ filter, first, after });
      expect(response.errors).toBeUndefined();
      const connection = response.data!.councils;
      nodes.push(...connection.edges.map((edge) => edge.node));
      if (!connection.pageInfo.hasNextPage) return { nodes, totalCount: connection.totalCount };
      after = connection.pageInfo.endCursor;
    }
    throw new Error('pagination did not end');
  }

  it('lists current councils by default, in name order, 20 to a page', async () => {
    const response = await councils({});
    expect(response.errors).toBeUndefined();
    const connection = response.data!.councils;
    expect(connection.totalCount).toBe(current.length);
    expect(connection.edges).toHaveLength(20);
    expect(connection.pageInfo.hasNextPage).toBe(true);
    const names = connection.edges.map((edge) => edge.node.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('walks every page of the whole register without gaps or repeats', async () => {
    const { nodes, totalCount } = await allPages({ current: null }, 37);
    expect(totalCount).toBe(rows.length);
    expect(nodes).toHaveLength(rows.length);
    expect(new Set(nodes.map((node) => node.code)).size).toBe(rows.length);
  });

  it('filters by region', async () => {
    const expected = current
      .filter((row) => row['region'] === 'East Midlands')
      .map((row) => row['local-authority-code']);
    const { nodes, totalCount } = await allPages({ region: 'East Midlands' }, 100);
    expect(totalCount).toBe(expected.length);
    expect(nodes.map((node) => node.code).sort()).toEqual(expected.sort());
    expect(nodes.map((node) => node.code)).toContain('DER');
  });

  it('filters by nation and type together', async () => {
    const expected = current.filter(
      (row) => row['nation'] === 'Wales' && row['local-authority-type'] === 'WPA',
    );
    const response = await councils({ filter: { nation: 'WALES', type: 'WPA' }, first: 100 });
    expect(response.data!.councils.totalCount).toBe(expected.length);
    expect(
      response.data!.councils.edges.every(
        (edge) => edge.node.nation === 'WALES' && edge.node.type === 'WPA',
      ),
    ).toBe(true);
  });

  it('searches names, ignoring case and treating wildcards literally', async () => {
    const response = await councils({ filter: { search: 'DERB' }, first: 100 });
    const names = response.data!.councils.edges.map((edge) => edge.node.name);
    expect(names).toEqual(expect.arrayContaining(['Derby', 'Derbyshire', 'South Derbyshire']));

    // Short forms and everyday names councils go by, beside the register's own names.
    for (const [search, code] of [
      ['RBWM', 'WNM'],
      ['lbhf', 'HMF'],
      ['Hull', 'KHL'],
    ]) {
      const named = await councils({ filter: { search }, first: 100 });
      expect(named.data!.councils.edges.map((edge) => edge.node.code)).toContain(code);
    }

    const wildcard = await councils({ filter: { search: '%' } });
    expect(wildcard.data!.councils.totalCount).toBe(0);
  });

  it('refuses a cursor it did not make, with a clear error', async () => {
    for (const after of ['not-a-cursor', Buffer.from('{"a":1}').toString('base64url'), 'W10']) {
      const response = await councils({ first: 5, after });
      expect(response.data).toBeNull();
      expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_CURSOR');
      expect(response.errors?.[0]?.message).toMatch(/cursor is not valid/);
      expect(JSON.stringify(response.errors)).not.toMatch(/stack|at .*\.ts/);
    }
  });

  it('refuses a page size outside 1 to 100 and an unknown region', async () => {
    for (const first of [0, 101, -1]) {
      const response = await councils({ first });
      expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.message).toContain('"first"');
    }
    const region = await councils({ filter: { region: 'Middle Earth' } });
    expect(region.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(region.errors?.[0]?.message).toContain('is not a region');
  });

  it('refuses an unknown enum value with a validation error', async () => {
    const response = await councils({ filter: { nation: 'MERCIA' } });
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('finds one council by code, with its links in the register', async () => {
    const response = await harness.graphql<{
      derby: { name: string; gssCode: string; combinedAuthority: { code: string } | null } | null;
      amber: { county: { code: string; name: string } | null } | null;
      county: { memberCouncils: { code: string }[] } | null;
      missing: unknown;
    }>(`{
      derby: council(code: "der") { name gssCode combinedAuthority { code } }
      amber: council(code: "AMB") { county { code name } }
      county: council(code: "DBY") { memberCouncils { code } }
      missing: council(code: "NOPE") { code }
    }`);
    expect(response.errors).toBeUndefined();
    expect(response.data!.derby).toEqual({
      name: 'Derby',
      gssCode: 'E06000015',
      combinedAuthority: { code: 'EMCA' },
    });
    expect(response.data!.amber!.county).toEqual({ code: 'DBY', name: 'Derbyshire' });
    const inDerbyshire = current
      .filter((row) => row['county-la'] === 'DBY')
      .map((row) => row['local-authority-code']);
    expect(response.data!.county!.memberCouncils.map((c) => c.code).sort()).toEqual(
      expect.arrayContaining(inDerbyshire.sort()),
    );
    expect(response.data!.missing).toBeNull();
  });

  it('shows former councils and their successors', async () => {
    const former = rows.find((row) => row['current-authority'] === 'False' && row['replaced-by'])!;
    const response = await harness.graphql<{
      council: { isCurrent: boolean; successors: { code: string }[] };
    }>(`query($code: String!) { council(code: $code) { isCurrent successors { code } } }`, {
      code: former['local-authority-code'],
    });
    expect(response.data!.council.isCurrent).toBe(false);
    expect(response.data!.council.successors.map((s) => s.code).sort()).toEqual(
      former['replaced-by']!.split(',').sort(),
    );
  });
});
