import { errorCodeOf } from '@lgx/api/testing';

import { adopt, answer, component, ok } from '../test/insight-test-steps';
import { useQuestionsApp } from '../test/questions-test-app';

const PAGE_INFO = 'totalCount pageInfo { hasNextPage endCursor }';
const NODES = {
  caseStudies: 'id title',
  components: 'id name',
  willingCouncils: 'code name reasons',
} as const;
/** One list of the cell, one page of it. */
const listQuery = (
  list: keyof typeof NODES,
) => `query($filter: SectorMapFilter, $first: Int, $after: String) {
  sectorMapCell(objective: EFFICIENCY, technology: AI, filter: $filter) {
    ${list}(first: $first, after: $after) { ${PAGE_INFO} edges { cursor node { ${NODES[list]} } } }
  } }`;
const PUBLISH_MAP = `mutation($code: String!) { publishAmbitionMap(councilCode: $code) { published } }`;

type List = 'caseStudies' | 'components' | 'willingCouncils';
interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: Record<string, unknown> }[];
}

/** More than the 50 a cell used to show, so the last ones are only reached by paging. */
const PUBLISHED = 53;
/** Published at the very same instant: only the id orders them, and no page may lose one. */
const SAME_INSTANT = 20;
const COUNCILS = ['PG1', 'PG2', 'PG3', 'PG4', 'PG5', 'PG6', 'PG7'];

describe('the lists behind a sector map cell, paged (no cap; the same privacy)', () => {
  const world = useQuestionsApp({
    derbyEditor: { council: 'DER', role: 'EDITOR' },
    derbyAdmin: { council: 'DER', role: 'ADMIN' },
    kentEditor: { council: 'KEN', role: 'EDITOR' },
    nottinghamEditor: { council: 'NOT', role: 'EDITOR' },
  });
  /** Every published case study of the cell: newest first, then by id (worked out here). */
  const expected: { id: string; publishedAt: number }[] = [];
  const componentNames: string[] = [];

  const page = async (list: List, variables: Record<string, unknown>) => {
    const data = await ok<{ sectorMapCell: Record<List, Page> }>(
      world.harness,
      listQuery(list),
      variables,
    );
    return data.sectorMapCell[list];
  };
  /** Every page of one list, `first` at a time, checking the total on each. */
  async function walk(list: List, first: number, filter: object = {}) {
    const nodes: Record<string, unknown>[] = [];
    let after: string | null = null;
    let total: number | null = null;
    for (let pages = 0; pages < 100; pages += 1) {
      const found: Page = await page(list, { filter, first, after });
      total ??= found.totalCount;
      expect(found.totalCount).toBe(total);
      expect(found.edges.length).toBeLessThanOrEqual(first);
      nodes.push(...found.edges.map((edge) => edge.node));
      if (!found.pageInfo.hasNextPage) {
        // Past the end: nothing more, and still no next page.
        const beyond = await page(list, { filter, first, after: found.pageInfo.endCursor });
        if (found.pageInfo.endCursor) expect(beyond.edges).toEqual([]);
        return { nodes, total };
      }
      after = found.pageInfo.endCursor;
    }
    throw new Error('Paging never ended');
  }

  beforeAll(async () => {
    const db = world.harness.dataSource;
    for (const code of COUNCILS)
      await db.query(
        `INSERT INTO council (code, official_name, nice_name, type_code, nation, region, is_current)
         VALUES ($1, $2, $2, 'UA', 'England', 'North West', true)`,
        [code, `Paging council ${code}`],
      );
    const leads = ['DER', 'KEN', ...COUNCILS];
    const base = Date.parse('2026-06-01T00:00:00.000Z');
    const insert = async (index: number, status: string, publishedAt: number | null) => {
      const [row] = await db.query<{ id: string }[]>(
        `INSERT INTO case_study (title, summary, lead_council_code, stage, status, objectives,
                                 technologies, published_at, figures_basis, investment_pence,
                                 cashable_savings_pence_per_year, savings_period_years)
         VALUES ($1, 'Paged.', $2, 'LIVE', $3, '{EFFICIENCY}', '{AI}', $4, $5, $6, $6, $7)
         RETURNING id`,
        [
          `Paged case study ${index}`,
          leads[index % leads.length],
          status,
          publishedAt === null ? null : new Date(publishedAt),
          index < 3 ? 'ACTUAL' : 'FORECAST',
          index < 3 ? 10_000_000 : null,
          index < 3 ? 2 : null,
        ],
      );
      return row!.id;
    };
    for (let index = 0; index < PUBLISHED; index += 1) {
      const publishedAt = index < SAME_INSTANT ? base : base + index * 60_000;
      expected.push({ id: await insert(index, 'PUBLISHED', publishedAt), publishedAt });
    }
    expected.sort((a, b) => b.publishedAt - a.publishedAt || (a.id < b.id ? -1 : 1));
    // Never listed nor counted: a draft, one in review and an archived one.
    for (const status of ['DRAFT', 'IN_REVIEW', 'ARCHIVED']) await insert(100, status, base);

    // Components adopted by Derby for its published case studies; one draft too.
    const { derbyEditor, derbyAdmin, kentEditor, nottinghamEditor } = world.people;
    const derbyStudies = expected.filter((_, i) => i % 9 === 0).map((study) => study.id);
    await db.query(`UPDATE case_study SET lead_council_code = 'DER' WHERE id = ANY($1)`, [
      derbyStudies,
    ]);
    for (const [index, name] of ['Zeta tool', 'Alpha tool', 'Mu tool', 'Beta tool'].entries()) {
      const id = await component(kentEditor, name, ['AI']);
      componentNames.push(name);
      await db.query(
        `INSERT INTO component_adoption (component_id, council_code, status, case_study_id)
         VALUES ($1, 'DER', 'IN_USE', $2)`,
        [id, derbyStudies[index % derbyStudies.length]],
      );
    }
    const draft = await component(kentEditor, 'Draft tool', ['AI'], true);
    await db.query(
      `INSERT INTO component_adoption (component_id, council_code, status, case_study_id)
       VALUES ($1, 'DER', 'IN_USE', $2)`,
      [draft, derbyStudies[0]],
    );
    // Derby's published map: live, with its case study as evidence.
    await answer(derbyEditor, 'DER', [
      {
        technology: 'AI',
        potential: 'HIGH',
        plan: 'LIVE',
        evidence: { kind: 'CASE_STUDY', id: derbyStudies[0] },
      },
    ]);
    await ok(derbyAdmin, PUBLISH_MAP, { code: 'DER' });
    // Nottingham: live in a PRIVATE map, with its own component as evidence: never named.
    const secret = await component(kentEditor, 'Nottingham private tool', ['AI']);
    await answer(nottinghamEditor, 'NOT', [
      {
        technology: 'AI',
        potential: 'HIGH',
        plan: 'LIVE',
        evidence: { kind: 'ADOPTION', id: await adopt(nottinghamEditor, secret) },
      },
    ]);
  });

  it('reaches every published case study, newest first then by id, past the old cap of 50', async () => {
    for (const first of [7, 20, 100]) {
      const { nodes, total } = await walk('caseStudies', first);
      expect(total).toBe(PUBLISHED);
      expect(nodes.map((node) => node.id)).toEqual(expected.map((study) => study.id));
    }
    // The default page is 20, with the total.
    const first = await page('caseStudies', {});
    expect(first.edges).toHaveLength(20);
    expect(first).toMatchObject({ totalCount: PUBLISHED, pageInfo: { hasNextPage: true } });
  });

  it('pages components and willing councils by name, only what was published, nothing private', async () => {
    const components = await walk('components', 3);
    expect(components.total).toBe(4);
    expect(components.nodes.map((node) => node.name)).toEqual([...componentNames].sort());
    const councils = await walk('willingCouncils', 2);
    const names = councils.nodes.map((node) => node.name as string);
    expect(councils.total).toBe(2 + COUNCILS.length);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(councils.nodes.find((node) => node.code === 'DER')).toMatchObject({
      reasons: ['LED_CASE_STUDY', 'LIVE'],
    });
    const text = JSON.stringify([components.nodes, councils.nodes]);
    for (const hidden of ['NOT', 'Nottingham', 'Draft tool', 'private'])
      expect(text).not.toContain(hidden);
  });

  it('pages measured figures only, and within the filter', async () => {
    const measured = await walk('caseStudies', 2, { measuredOnly: true });
    expect(measured.total).toBe(3);
    const northWest = await walk('caseStudies', 10, { region: 'North West' });
    expect(northWest.nodes).toHaveLength(northWest.total!);
    expect(northWest.total).toBeGreaterThan(0);
    expect(northWest.total).toBeLessThan(PUBLISHED);
    const viaMap = await page('willingCouncils', { filter: { region: 'North West' }, first: 100 });
    expect(viaMap.edges.map((edge) => edge.node.code)).not.toContain('DER');
  });

  it('refuses a cursor it did not make and a page size out of range, with a code and no stack', async () => {
    const councilCursor = (await page('willingCouncils', { first: 1 })).pageInfo.endCursor!;
    for (const after of [
      'not a cursor',
      'eyJ4IjoxfQ',
      councilCursor,
      Buffer.from('[1e300,"x"]').toString('base64url'),
      Buffer.from(`[1e300,"${expected[0]!.id}"]`).toString('base64url'),
    ]) {
      const refused = await world.harness.graphql(listQuery('caseStudies'), { after });
      expect(errorCodeOf(refused)).toBe('BAD_CURSOR');
      expect(refused.errors![0]!.message).toMatch(/cursor is not valid/);
      expect(JSON.stringify(refused)).not.toMatch(/stacktrace|\bat [\w.]+ \(/);
    }
    for (const first of [0, 101, -1]) {
      for (const list of ['caseStudies', 'components', 'willingCouncils'] as const) {
        const refused = await world.harness.graphql(listQuery(list), { first });
        expect(errorCodeOf(refused)).toBe('BAD_USER_INPUT');
        expect(refused.errors![0]!.message).toMatch(/"first" must be a whole number from 1 to 100/);
      }
    }
  });
});
