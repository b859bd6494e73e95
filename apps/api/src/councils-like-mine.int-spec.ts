import { errorCodeOf, signedIn, type TestSession } from '@lgx/api/testing';

import { useQuestionsApp } from '../test/questions-test-app';

const FIGURES = 'highPotentialShare planningShare liveWithEvidence publishedCaseStudies';
const AGGREGATE = `councilsAnswered suppressedReason
  cells { objective technology gap ${FIGURES} }
  objectiveTotals { objective ${FIGURES} }
  technologyTotals { technology ${FIGURES} }`;
const PEERS = `query($code: String!) { councilPeers(councilCode: $code) {
  councilCode councilName method
  likeness { councilType populationBand region nation }
  ownMap { published objectives { objective cells { technology potential plan } } }
  peers { ${AGGREGATE} }
  liveCaseStudies { objective technology caseStudyId title councilCode councilName }
} }`;
const SECTOR = `query($filter: SectorMapFilter) { sectorMap(filter: $filter) { ${AGGREGATE} } }`;
const SAVE = `mutation($input: AmbitionObjectiveInput!) { saveAmbitionObjective(input: $input) { version } }`;
const PUBLISH = `mutation($code: String!) { publishAmbitionMap(councilCode: $code) { published } }`;

interface Figures {
  objective?: string;
  technology?: string;
  highPotentialShare: number | null;
  planningShare: number | null;
  liveWithEvidence: number | null;
  publishedCaseStudies: number;
}
interface Aggregate {
  councilsAnswered: number | null;
  suppressedReason: string | null;
  cells: (Figures & { gap: boolean | null })[];
  objectiveTotals: Figures[];
  technologyTotals: Figures[];
}
interface PeersData {
  councilPeers: {
    ownMap: { objectives: { objective: string; cells: { technology: string }[] }[] };
    likeness: { councilType: string; populationBand: string | null };
    peers: Aggregate;
    liveCaseStudies: { caseStudyId: string; councilCode: string; technology: string }[];
  };
}

/** Every figure built from council answers, in every cell and every total. */
const answerFigures = (map: Aggregate) =>
  [...map.cells, ...map.objectiveTotals, ...map.technologyTotals].flatMap((f) => [
    f.highPotentialShare,
    f.planningShare,
    f.liveWithEvidence,
  ]);
const cell = (map: Aggregate, technology: string) =>
  map.cells.find((c) => c.objective === 'EFFICIENCY' && c.technology === technology)!;

describe('councils like mine', () => {
  const world = useQuestionsApp({
    derbyOfficer: { council: 'DER' },
    derbyEditor: { council: 'DER', role: 'EDITOR' },
    nottinghamAdmin: { council: 'NOT', role: 'ADMIN' },
    kentEditor: { council: 'KEN', role: 'EDITOR' },
    resident: {},
    platformAdmin: { platformRole: 'ADMIN' },
  });
  const db = () => world.harness.dataSource;
  // Every test makes its own councils' answers: the peer group is drawn from every map.
  beforeEach(async () => {
    await db().query(
      'TRUNCATE ambition_map_version, ambition_cell, ambition_objective, ambition_map',
    );
  });

  const council = async (
    code: string,
    typeCode = 'UA',
    region = 'East Midlands',
    population = 250_000,
  ) => {
    await db().query(
      `INSERT INTO council (code, official_name, nice_name, type_code, nation, region, population, is_current)
       VALUES ($1, $2, $2, $3, 'England', $4, $5, true) ON CONFLICT (code) DO NOTHING`,
      [code, `Test council ${code}`, typeCode, region, population],
    );
    return signedIn(world.harness, { council: code, role: 'ADMIN' });
  };
  const answer = async (as: TestSession, councilCode: string, cells: object[]) => {
    const saved = await as.graphql(SAVE, {
      input: { councilCode, objective: 'EFFICIENCY', importance: 3, cells },
    });
    expect(saved.errors).toBeUndefined();
  };
  /** `n` councils of a type and region that answered the map, each with `cells`. */
  const answered = async (
    prefix: string,
    n: number,
    cells: object[],
    type = 'UA',
    region = 'East Midlands',
  ) => {
    const admins: TestSession[] = [];
    for (let i = 0; i < n; i++) {
      const admin = await council(`${prefix}${i}`, type, region);
      await answer(admin, `${prefix}${i}`, cells);
      admins.push(admin);
    }
    return admins;
  };
  const peersOf = async (as: TestSession, code = 'DER') => {
    const response = await as.graphql<PeersData>(PEERS, { code });
    expect(response.errors).toBeUndefined();
    return response.data!.councilPeers;
  };
  const sector = async (filter: object) => {
    const response = await world.harness.graphql<{ sectorMap: Aggregate }>(SECTOR, { filter });
    expect(response.errors).toBeUndefined();
    return response.data!.sectorMap;
  };
  const HIGH_AI = [{ technology: 'AI', potential: 'HIGH', plan: 'PLANNED_WITHIN_FIVE_YEARS' }];
  const SOME_AI = [{ technology: 'AI', potential: 'SOME', plan: 'EXPLORING' }];

  it("shows a council's private map and its peers only to that council's own officers", async () => {
    const { derbyOfficer, derbyEditor, nottinghamAdmin, kentEditor, resident, platformAdmin } =
      world.people;
    await answer(derbyEditor, 'DER', [{ technology: 'GIS', potential: 'HIGH', plan: 'EXPLORING' }]);
    await answered('P', 5, HIGH_AI);

    const mine = await peersOf(derbyOfficer);
    expect(mine.ownMap.objectives.find((o) => o.objective === 'EFFICIENCY')!.cells).toEqual([
      { technology: 'GIS', potential: 'HIGH', plan: 'EXPLORING' },
    ]);
    expect(mine.likeness).toMatchObject({
      councilType: 'Unitary authority',
      populationBand: '200,000 to 399,999 people',
    });
    for (const [who, code] of [
      [world.harness, 'UNAUTHENTICATED'],
      [resident, 'FORBIDDEN'],
      [nottinghamAdmin, 'FORBIDDEN'],
      [kentEditor, 'FORBIDDEN'],
      [platformAdmin, 'FORBIDDEN'],
    ] as const) {
      const response = await who.graphql(PEERS, { code: 'DER' });
      expect(errorCodeOf(response)).toBe(code);
      expect(response.data?.councilPeers ?? null).toBeNull();
      expect(JSON.stringify(response)).not.toContain('GIS');
    }
    const unknown = await derbyOfficer.graphql(PEERS, { code: 'NOPE' });
    expect(errorCodeOf(unknown)).toBe('NOT_FOUND');
  });

  it('shows no peer figure and no case study when the peers are not whole groups of five others', async () => {
    const { derbyEditor, derbyOfficer } = world.people;
    await answer(derbyEditor, 'DER', HIGH_AI);
    // Four others: with Derby, five answered, but only four of them are Derby's peers.
    const [first] = await answered('Q', 4, HIGH_AI);
    const caseStudy = await world.caseStudy(first!, 'Q0 chat for council tax');
    await answer(first!, 'Q0', [
      {
        technology: 'AI',
        potential: 'HIGH',
        plan: 'LIVE',
        evidence: { kind: 'CASE_STUDY', id: caseStudy },
      },
    ]);
    expect((await first!.graphql(PUBLISH, { code: 'Q0' })).errors).toBeUndefined();

    const { peers, liveCaseStudies } = await peersOf(derbyOfficer);
    expect(peers.councilsAnswered).toBeNull();
    expect(peers.suppressedReason).toMatch(/fewer than 5 other councils/);
    expect(new Set(answerFigures(peers))).toEqual(new Set([null]));
    expect(new Set(peers.cells.map((c) => c.gap))).toEqual(new Set([null]));
    expect(liveCaseStudies).toEqual([]);
    // Q0's map is published (public): four private maps, so the sector map holds them back too
    // (decision 0059, amended 2).
    expect((await sector({ region: 'East Midlands' })).councilsAnswered).toBeNull();
    // One more private map: the sector map shows the six, yet Derby's peers are still four
    // private others and Q0, not five private others in whole blocks.
    await answered('R', 1, SOME_AI);
    expect((await sector({ region: 'East Midlands' })).councilsAnswered).toBe(6);
    expect((await peersOf(derbyOfficer)).peers.councilsAnswered).toBeNull();
  });

  it('counts the peers exactly as the sector map counts the same councils, leaving the council itself out', async () => {
    const { derbyEditor, derbyOfficer } = world.people;
    // Five unitary councils in the East Midlands, alike to Derby; five metropolitan districts elsewhere.
    const [a, b] = await answered('E', 5, SOME_AI);
    await answer(a!, 'E0', HIGH_AI);
    await answer(b!, 'E1', [
      {
        technology: 'AI',
        potential: 'HIGH',
        plan: 'PILOTING',
        evidence: { kind: 'CASE_STUDY', id: await world.caseStudy(b!, 'E1 pilot') },
      },
    ]);
    await answered('M', 5, HIGH_AI, 'MD', 'North West');

    // Derby has not answered: its peers are the five, the sector map's East Midlands.
    const before = await peersOf(derbyOfficer);
    const same = await sector({ region: 'East Midlands' });
    const everyone = await sector({});
    expect(before.peers.councilsAnswered).toBe(5);
    expect(cell(before.peers, 'AI')).toMatchObject({
      highPotentialShare: 2 / 5,
      planningShare: 2 / 5,
    });
    for (const key of ['cells', 'objectiveTotals', 'technologyTotals'] as const)
      before.peers[key].forEach((figures, i) => {
        const { publishedCaseStudies, ...answers } = figures;
        const { publishedCaseStudies: _, ...expected } = same[key][i]!;
        expect(answers).toEqual(expected);
        // Published case studies are public: the whole sector's, telling nothing of who the peers are.
        expect(publishedCaseStudies).toBe(everyone[key][i]!.publishedCaseStudies);
      });

    // Derby answers: its block grows to six, and its peers are still the five others.
    await answer(derbyEditor, 'DER', HIGH_AI);
    const after = await peersOf(derbyOfficer);
    expect(after.peers.councilsAnswered).toBe(5);
    expect(cell(after.peers, 'AI').highPotentialShare).toBe(2 / 5);
    expect(cell(await sector({ region: 'East Midlands' }), 'AI').highPotentialShare).toBe(3 / 6);
  });

  it('lists only published case studies from PUBLISHED peer maps that mark the cell live', async () => {
    const { derbyOfficer } = world.people;
    // Two of them publish: five private maps remain, a whole block.
    const admins = await answered('L', 7, SOME_AI);
    const live = async (admin: TestSession, code: string, title: string, publish: boolean) => {
      const id = await world.caseStudy(admin, title);
      await answer(admin, code, [
        { technology: 'AI', potential: 'HIGH', plan: 'LIVE', evidence: { kind: 'CASE_STUDY', id } },
      ]);
      if (publish) expect((await admin.graphql(PUBLISH, { code })).errors).toBeUndefined();
      return id;
    };
    const shown = await live(admins[0]!, 'L0', 'L0 live and published map', true);
    await live(admins[1]!, 'L1', 'L1 live in a private map', false);
    await live(admins[3]!, 'L3', 'L3 live in another private map', false);
    // A published case study of a published map that is only explored, not live.
    await world.caseStudy(admins[2]!, 'L2 explored only');
    expect((await admins[2]!.graphql(PUBLISH, { code: 'L2' })).errors).toBeUndefined();

    const { peers, liveCaseStudies } = await peersOf(derbyOfficer);
    expect(peers.councilsAnswered).toBe(7);
    // L0 (published) and L1, L3 (2 of the 5 private): shown.
    expect(cell(peers, 'AI').liveWithEvidence).toBe(3);
    expect(liveCaseStudies).toEqual([
      {
        objective: 'EFFICIENCY',
        technology: 'AI',
        caseStudyId: shown,
        title: 'L0 live and published map',
        councilCode: 'L0',
        councilName: 'Test council L0',
      },
    ]);
  });
});
