import { signedIn, type TestSession } from '@lgx/api/testing';

import { useQuestionsApp } from '../test/questions-test-app';

const FIGURES = 'highPotentialShare planningShare liveWithEvidence heldBackReason';
const SECTOR = `query($filter: SectorMapFilter) { sectorMap(filter: $filter) {
  councilsAnswered suppressedReason
  cells { objective technology gap ${FIGURES} }
  objectiveTotals { objective ${FIGURES} }
  technologyTotals { technology ${FIGURES} }
} }`;
const CELL = `query { sectorMapCell(objective: EFFICIENCY, technology: AI) {
  councilsAnswered suppressedReason figures { ${FIGURES} }
} }`;
const SAVE = `mutation($input: AmbitionObjectiveInput!) { saveAmbitionObjective(input: $input) { version } }`;
const PUBLISH = `mutation($code: String!) { publishAmbitionMap(councilCode: $code) { published } }`;

type Figures = Record<'highPotentialShare' | 'planningShare' | 'liveWithEvidence', number | null>;
interface SectorData {
  sectorMap: {
    councilsAnswered: number | null;
    suppressedReason: string | null;
    cells: (Figures & { objective: string; technology: string })[];
    objectiveTotals: Figures[];
    technologyTotals: Figures[];
  };
}

/**
 * Published maps are public (decision 0059, amended 2): with five councils
 * answered, four of them published and one private, every figure minus the
 * four published answers would be the private council's own answer.
 */
describe('the sector map with published maps', () => {
  const world = useQuestionsApp({});
  const council = async (code: string) => {
    await world.harness.dataSource.query(
      `INSERT INTO council (code, official_name, nice_name, type_code, nation, region, is_current)
       VALUES ($1, $2, $2, 'UA', 'England', 'East Midlands', true) ON CONFLICT (code) DO NOTHING`,
      [code, `Test council ${code}`],
    );
    return signedIn(world.harness, { council: code, role: 'ADMIN' });
  };
  const answer = async (admin: TestSession, code: string, potential: string, publish: boolean) => {
    const saved = await admin.graphql(SAVE, {
      input: {
        councilCode: code,
        objective: 'EFFICIENCY',
        importance: 4,
        cells: [{ technology: 'AI', potential, plan: 'EXPLORING' }],
      },
    });
    expect(saved.errors).toBeUndefined();
    if (publish) expect((await admin.graphql(PUBLISH, { code })).errors).toBeUndefined();
  };
  const everyFigure = (map: SectorData['sectorMap']) =>
    [...map.cells, ...map.objectiveTotals, ...map.technologyTotals].flatMap((f) => [
      f.highPotentialShare,
      f.planningShare,
      f.liveWithEvidence,
    ]);

  it('holds back the figures of 4 published maps and 1 private one, and shows them once 5 are private', async () => {
    for (const [code, potential] of [
      ['PB1', 'HIGH'],
      ['PB2', 'HIGH'],
      ['PB3', 'SOME'],
      ['PB4', 'NONE'],
    ] as const)
      await answer(await council(code), code, potential, true);
    await answer(await council('PV1'), 'PV1', 'HIGH', false);

    for (const filter of [{}, { councilType: 'UA' }, { region: 'East Midlands' }]) {
      const { data, errors } = await world.harness.graphql<SectorData>(SECTOR, { filter });
      expect(errors).toBeUndefined();
      expect(data!.sectorMap).toMatchObject({
        councilsAnswered: null,
        suppressedReason: 'fewer than 5 councils answered',
      });
      expect(new Set(everyFigure(data!.sectorMap))).toEqual(new Set([null]));
    }
    const opened = await world.harness.graphql<{ sectorMapCell: unknown }>(CELL);
    expect(opened.errors).toBeUndefined();
    expect(opened.data?.sectorMapCell).toMatchObject({
      councilsAnswered: null,
      suppressedReason: 'fewer than 5 councils answered',
      figures: { highPotentialShare: null, planningShare: null, liveWithEvidence: null },
    });

    // Four more private maps: five private councils, and the figures count all nine.
    for (const [code, potential] of [
      ['PV2', 'HIGH'],
      ['PV3', 'SOME'],
      ['PV4', 'SOME'],
      ['PV5', 'NONE'],
    ] as const)
      await answer(await council(code), code, potential, false);
    const { data } = await world.harness.graphql<SectorData>(SECTOR, { filter: {} });
    expect(data!.sectorMap).toMatchObject({ councilsAnswered: 9, suppressedReason: null });
    const ai = data!.sectorMap.cells.find(
      (c) => c.objective === 'EFFICIENCY' && c.technology === 'AI',
    )!;
    // High potential: PB1, PB2 (published) and PV1, PV2 (2 of the 5 private): shown.
    expect(ai.highPotentialShare).toBe(4 / 9);
  });
});
