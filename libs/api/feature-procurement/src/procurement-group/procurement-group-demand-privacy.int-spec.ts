import { SearchClient, SearchIndexer, SearchService } from '@lgx/api/core/search';
import { signedIn, type TestApp, type TestSession } from '@lgx/api/testing';

import {
  bootProcurementTestApp,
  NEXT_YEAR as YEAR,
  startGroup,
} from '../test/procurement-test-app';

const DEMAND = `interestedCount committedCount memberCount committedValue { pence }
  populationCovered committedPopulation regions minimumCouncils minimumMet withheldReason`;
const COMMIT = `mutation($id: ID!, $input: CommitmentInput!) { commitToGroup(id: $id, input: $input) { id } }`;
const INVITE = `mutation($id: ID!, $code: String!) { inviteCouncilToGroup(id: $id, councilCode: $code) { id } }`;
const INTEREST = `mutation($id: ID!) { expressInterestInGroup(id: $id) { id } }`;
const GET = `query($id: ID!) { procurementGroup(id: $id) { demand { ${DEMAND} } members { council { code } estimatedValue { pence } } } }`;
const LIST = `query { procurementGroups(first: 100) { edges { node { id demand { ${DEMAND} } } } } }`;
const MEMBERS = `query($id: ID!) { procurementGroup(id: $id) { members { council { code } status isLead committedAt } } }`;
const LIST_MEMBERS = `query { procurementGroups(first: 100) { edges { node { id members { council { code } status isLead committedAt } } } } }`;

type Member = {
  council: { code: string };
  status: string;
  isLead: boolean;
  committedAt: string | null;
};

type Demand = Record<string, unknown> & { committedValue: { pence: string } | null };

/** Values each council commits, in pounds: every total names whose they are. */
const VALUES = { DER: 100_000, NOT: 20_000, SKP: 3_000 } as const;
const commitment = (code: keyof typeof VALUES) => ({
  volume: 10,
  volumeUnit: 'licences',
  estimatedValue: String(VALUES[code]),
  earliestStart: `${YEAR}-09-01`,
  latestStart: `${YEAR}-12-01`,
});

/**
 * Issue 13, defect 2: a group's demand must not give anyone outside it a total
 * resting on fewer than 3 councils (with one committed council, its own
 * confidential figure), on the group page, in the list or in search.
 */
describe('procurement group demand: who sees which totals', () => {
  let harness: TestApp;
  const as: Record<string, TestSession> = {};

  beforeAll(async () => {
    harness = await bootProcurementTestApp();
    for (const code of ['DER', 'NOT', 'SKP'])
      as[code] = await signedIn(harness, { council: code, role: 'EDITOR' });
    as['memberOfficer'] = await signedIn(harness, { council: 'NOT' });
    as['otherCouncil'] = await signedIn(harness, { council: 'KEN', role: 'ADMIN' });
    as['moderator'] = await signedIn(harness, { platformRole: 'MODERATOR' });
    as['platformAdmin'] = await signedIn(harness, { platformRole: 'ADMIN' });
  });
  afterAll(() => harness?.close());

  /** Derby leads; Nottingham and Stockport join; the first `committed` of them commit. */
  async function group(visibility: 'OPEN' | 'INVITE_ONLY', committed: 1 | 2 | 3) {
    const id = await startGroup(
      as['DER']!,
      `Demand privacy ${visibility} ${committed}`,
      visibility,
    );
    const codes = ['DER', 'NOT', 'SKP'] as const;
    for (const [i, code] of codes.entries()) {
      if (visibility === 'INVITE_ONLY' && code !== 'DER')
        expect((await as['DER']!.graphql(INVITE, { id, code })).errors).toBeUndefined();
      const response =
        i < committed
          ? await as[code]!.graphql(COMMIT, { id, input: commitment(code) })
          : await as[code]!.graphql(INTEREST, { id });
      expect(response.errors).toBeUndefined();
    }
    const pence = codes
      .slice(0, committed)
      .reduce((sum, code) => sum + VALUES[code] * 100, 0)
      .toString();
    return { id, pence };
  }

  const demandOf = async (reader: TestSession | TestApp, id: string) => {
    const response = await reader.graphql<{ procurementGroup: { demand: Demand } }>(GET, { id });
    expect(response.errors).toBeUndefined();
    return response.data!.procurementGroup.demand;
  };

  describe.each(['OPEN', 'INVITE_ONLY'] as const)('%s group', (visibility) => {
    it.each([1, 2, 3] as const)(
      'with %i committed: members see every figure; others only totals of 3 or more councils',
      async (committed) => {
        const { id, pence } = await group(visibility, committed);
        for (const member of ['DER', 'memberOfficer']) {
          const demand = await demandOf(as[member]!, id);
          expect(demand).toMatchObject({
            committedCount: committed,
            memberCount: 3,
            committedValue: { pence },
            withheldReason: null,
          });
        }
        for (const outsider of ['otherCouncil', 'moderator', 'platformAdmin']) {
          const demand = await demandOf(as[outsider]!, id);
          if (committed < 3) {
            // With 1 committed council, its value is the total: nothing committed is shown.
            expect(demand).toMatchObject({
              committedCount: null,
              committedValue: null,
              committedPopulation: null,
              minimumMet: null,
              memberCount: null,
              populationCovered: null,
              regions: null,
              minimumCouncils: 2,
            });
            expect(demand['withheldReason']).toMatch(/at least 3 councils/);
            expect(JSON.stringify(demand)).not.toContain(pence);
          } else {
            // Counts of 3 or more are shown; money never is (see the subtraction test below).
            expect(demand).toMatchObject({
              committedCount: 3,
              interestedCount: 0,
              memberCount: 3,
              committedValue: null,
              committedPopulation: null,
            });
            expect(demand['withheldReason']).toMatch(/member councils only/);
            expect(JSON.stringify(demand)).not.toContain(pence);
          }
        }
        const visitor = await harness.graphql(GET, { id });
        expect(visitor.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
        expect(visitor.data?.['procurementGroup'] ?? null).toBeNull();

        // The group list gives each reader the same demand as the group page.
        for (const reader of ['DER', 'otherCouncil', 'moderator']) {
          const listed = await as[reader]!.graphql<{
            procurementGroups: { edges: { node: { id: string; demand: Demand } }[] };
          }>(LIST);
          expect(listed.errors).toBeUndefined();
          const node = listed.data!.procurementGroups.edges.find((e) => e.node.id === id)?.node;
          if (node) expect(node.demand).toEqual(await demandOf(as[reader]!, id));
        }
      },
    );
  });

  /** Issue 13, defect 2 (a): the member list must not tell outsiders what the demand withholds. */
  it('shows councils outside the group who is in it, not who has committed or when', async () => {
    const { id } = await group('OPEN', 1);
    const membersOf = async (reader: TestSession, id: string) => {
      const response = await reader.graphql<{ procurementGroup: { members: Member[] } }>(MEMBERS, {
        id,
      });
      expect(response.errors).toBeUndefined();
      const members = response.data!.procurementGroup.members;
      return Object.fromEntries(members.map((m) => [m.council.code, m]));
    };
    for (const member of ['DER', 'memberOfficer']) {
      const members = await membersOf(as[member]!, id);
      expect(members['DER']).toMatchObject({ status: 'COMMITTED', isLead: true });
      expect(members['DER']!.committedAt).not.toBeNull();
      expect(members['NOT']).toMatchObject({ status: 'INTERESTED', committedAt: null });
      expect(members['SKP']).toMatchObject({ status: 'INTERESTED', committedAt: null });
    }
    for (const outsider of ['otherCouncil', 'moderator', 'platformAdmin']) {
      const members = await membersOf(as[outsider]!, id);
      expect(Object.keys(members).sort()).toEqual(['DER', 'NOT', 'SKP']);
      for (const code of ['DER', 'NOT', 'SKP'])
        expect(members[code]).toMatchObject({
          status: 'MEMBER',
          committedAt: null,
          isLead: code === 'DER',
        });
    }
    // The list (and the radar, which shows the same group object) follows the same rule.
    const listed = await as['otherCouncil']!.graphql<{
      procurementGroups: { edges: { node: { id: string; members: Member[] } }[] };
    }>(LIST_MEMBERS);
    expect(listed.errors).toBeUndefined();
    const node = listed.data!.procurementGroups.edges.find((e) => e.node.id === id)!.node;
    expect(new Set(node.members.map((m) => m.status))).toEqual(new Set(['MEMBER']));
    expect(node.members.every((m) => m.committedAt === null)).toBe(true);
  });

  /** Issue 13, defect 2 (b): a total before and after one council commits gives its figure. */
  it('gives councils outside the group no money total, so a new commitment cannot be subtracted', async () => {
    await harness.dataSource.query(
      `INSERT INTO council (code, official_name, nice_name, type_code, nation, region, population, area_km2, latitude, longitude, is_current)
       VALUES ('LCE', 'Leicester City Council', 'Leicester', 'UA', 'England', 'East Midlands', 368600, 73, 52.63, -1.13, true)
       ON CONFLICT (code) DO NOTHING`,
    );
    const leicester = await signedIn(harness, { council: 'LCE', role: 'EDITOR' });
    const { id, pence } = await group('OPEN', 3);
    const before = await demandOf(as['otherCouncil']!, id);
    expect((await leicester.graphql(INTEREST, { id })).errors).toBeUndefined();
    const committed = await leicester.graphql(COMMIT, {
      id,
      input: { ...commitment('DER'), estimatedValue: '777777' },
    });
    expect(committed.errors).toBeUndefined();
    for (const outsider of ['otherCouncil', 'moderator', 'platformAdmin']) {
      const after = await demandOf(as[outsider]!, id);
      expect(after).toMatchObject({
        committedCount: 4,
        committedValue: null,
        committedPopulation: null,
      });
      expect(after['withheldReason']).toMatch(/member councils only/);
      expect(JSON.stringify(after)).not.toMatch(/77777700|77777|368600/);
    }
    expect(before).toMatchObject({
      committedCount: 3,
      committedValue: null,
      committedPopulation: null,
    });
    expect(JSON.stringify(before)).not.toContain(pence);
    // Member councils still see the total.
    expect(await demandOf(as['DER']!, id)).toMatchObject({
      committedCount: 4,
      committedValue: { pence: String(Number(pence) + 77_777_700) },
      withheldReason: null,
    });
  });

  it('gives search no member count or regions of a group while they rest on fewer than 3 councils', async () => {
    const few = await group('OPEN', 2);
    const enough = await group('OPEN', 3);
    await harness.app.get(SearchIndexer).settle();
    const search = harness.app.get(SearchService);
    const result = await search.run({
      query: 'Demand privacy OPEN',
      types: ['procurement_group'],
      limit: 50,
      offset: 0,
      scope: { officer: true, councilCode: 'KEN', groupIds: [] },
    });
    const regionsFacet = (filterIds: string[]) =>
      search
        .run({
          query: '',
          types: ['procurement_group'],
          limit: 50,
          offset: 0,
          scope: { officer: true, councilCode: 'KEN', groupIds: [] },
          facetFilters: [{ attribute: 'regions', values: ['North West'] }],
        })
        .then((r) => r.hits.map((hit) => hit.id).filter((id) => filterIds.includes(id)));
    expect(result.hits.map((hit) => hit.id)).toEqual(expect.arrayContaining([few.id, enough.id]));
    // Only the group of 3 committed councils is found by a member's region.
    expect(await regionsFacet([few.id, enough.id])).toEqual([enough.id]);
    const client = harness.app.get(SearchClient);
    const index = client.meili.index(client.indexName('procurement_groups'));
    const documents = await Promise.all(
      [few.id, enough.id].map((id) => index.getDocument<Record<string, unknown>>(id)),
    );
    expect(documents[0]).not.toHaveProperty('membersCount');
    expect(documents[0]?.['regions']).toEqual([]);
    expect(documents[1]).toMatchObject({ membersCount: 3 });
  });
});
