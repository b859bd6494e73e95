import { errorCodeOf, signedIn, type TestSession } from '@lgx/api/testing';

import { useQuestionsApp } from '../test/questions-test-app';

const FIGURES =
  'highPotentialShare planningShare liveWithEvidence publishedCaseStudies heldBackReason';
const SECTOR = `query($filter: SectorMapFilter) { sectorMap(filter: $filter) {
  councilsAnswered suppressedReason minimumCouncils gapRule
  cells { objective technology gap ${FIGURES} }
  objectiveTotals { objective ${FIGURES} }
  technologyTotals { technology ${FIGURES} }
} }`;
const SAVE = `mutation($input: AmbitionObjectiveInput!) { saveAmbitionObjective(input: $input) { version } }`;
const MAP = `query($code: String!) { ambitionMap(councilCode: $code) { published } }`;

interface Figures {
  highPotentialShare: number | null;
  planningShare: number | null;
  liveWithEvidence: number | null;
  publishedCaseStudies: number;
  heldBackReason: string | null;
}
interface SectorData {
  sectorMap: {
    councilsAnswered: number | null;
    suppressedReason: string | null;
    cells: (Figures & { objective: string; technology: string; gap: boolean | null })[];
    objectiveTotals: (Figures & { objective: string })[];
    technologyTotals: (Figures & { technology: string })[];
  };
}

const FEWER = 'fewer than 5 councils answered';
/** Every filter, alone and combined, that takes in the East Midlands unitary councils. */
const FILTERS_WITH_THEM = [
  {},
  { councilType: 'UA' },
  { nation: 'ENGLAND' },
  { region: 'East Midlands' },
  { councilType: 'UA', nation: 'ENGLAND' },
  { councilType: 'UA', region: 'East Midlands' },
  { nation: 'ENGLAND', region: 'East Midlands' },
  { councilType: 'UA', nation: 'ENGLAND', region: 'east midlands ' },
];
const FILTERS_WITHOUT_THEM = [
  { councilType: 'MD' },
  { nation: 'WALES' },
  { region: 'North West' },
  { councilType: 'UA', region: 'North West' },
];

/** Every figure built from council answers, in every cell and every total. */
const answerFigures = (map: SectorData['sectorMap']) =>
  [...map.cells, ...map.objectiveTotals, ...map.technologyTotals].flatMap((f) => [
    f.highPotentialShare,
    f.planningShare,
    f.liveWithEvidence,
  ]);

describe('the sector map', () => {
  const world = useQuestionsApp({
    derbyEditor: { council: 'DER', role: 'EDITOR' },
    derbyAdmin: { council: 'DER', role: 'ADMIN' },
    nottinghamEditor: { council: 'NOT', role: 'EDITOR' },
  });
  const sector = async (as: { graphql: TestSession['graphql'] }, filter: object = {}) => {
    const response = await as.graphql<SectorData>(SECTOR, { filter });
    expect(response.errors).toBeUndefined();
    return response.data!.sectorMap;
  };
  const visitor = () => world.harness;
  const editorOf = async (code: string, typeCode = 'UA', region = 'East Midlands') => {
    await world.harness.dataSource.query(
      `INSERT INTO council (code, official_name, nice_name, type_code, nation, region, is_current)
       VALUES ($1, $2, $2, $3, 'England', $4, true) ON CONFLICT (code) DO NOTHING`,
      [code, `Test council ${code}`, typeCode, region],
    );
    return signedIn(world.harness, { council: code, role: 'EDITOR' });
  };
  const answer = async (editor: TestSession, councilCode: string, cells: object[]) => {
    const saved = await editor.graphql(SAVE, {
      input: { councilCode, objective: 'EFFICIENCY', importance: 4, cells },
    });
    expect(saved.errors).toBeUndefined();
  };
  const high = (plan = 'PLANNED_WITHIN_FIVE_YEARS', extra: object = {}) => [
    { technology: 'AI', potential: 'HIGH', plan, ...extra },
  ];
  const cell = (map: SectorData['sectorMap'], objective: string, technology: string) =>
    map.cells.find((c) => c.objective === objective && c.technology === technology)!;

  it('holds back every figure, in every cell and total under every filter, until five councils answered', async () => {
    const { derbyEditor, derbyAdmin, nottinghamEditor } = world.people;
    const caseStudy = await world.caseStudy(derbyEditor, 'Derby AI for care assessments');
    await answer(
      derbyEditor,
      'DER',
      high('LIVE', { evidence: { kind: 'CASE_STUDY', id: caseStudy } }),
    );
    // Published or private, every council's map feeds the aggregate.
    expect(
      (
        await derbyAdmin.graphql(
          `mutation { publishAmbitionMap(councilCode: "DER") { published } }`,
        )
      ).errors,
    ).toBeUndefined();
    await answer(nottinghamEditor, 'NOT', high('EXPLORING'));
    await answer(await editorOf('EM3'), 'EM3', [{ technology: 'AI', potential: 'SOME' }]);
    await answer(await editorOf('EM4'), 'EM4', high());

    for (const filter of [...FILTERS_WITH_THEM, ...FILTERS_WITHOUT_THEM]) {
      const map = await sector(visitor(), filter);
      expect(map).toMatchObject({ councilsAnswered: null, suppressedReason: FEWER });
      expect(new Set(answerFigures(map))).toEqual(new Set([null]));
      expect(new Set(map.cells.map((c) => c.gap))).toEqual(new Set([null]));
    }
    // Published case studies are public: they are counted whatever the rule says.
    const unfiltered = await sector(visitor());
    expect(
      unfiltered.technologyTotals.find((t) => t.technology === 'AI')!.publishedCaseStudies,
    ).toBe(1);

    // Five answered, but Derby's map is published (public): taking its answers off a figure
    // would leave the four private councils', so they do not make five yet (decision 0059, amended 2).
    await answer(await editorOf('EM5'), 'EM5', [{ technology: 'GIS', potential: 'NONE' }]);
    for (const filter of FILTERS_WITH_THEM) {
      const map = await sector(visitor(), filter);
      expect(map).toMatchObject({ councilsAnswered: null, suppressedReason: FEWER });
      expect(new Set(answerFigures(map))).toEqual(new Set([null]));
    }

    await answer(await editorOf('EM6'), 'EM6', [
      { technology: 'AI', potential: 'SOME', plan: 'PLANNED_WITHIN_FIVE_YEARS' },
    ]);
    for (const filter of FILTERS_WITH_THEM) {
      const map = await sector(visitor(), filter);
      // Figures count every council, published or not.
      expect(map).toMatchObject({ councilsAnswered: 6, suppressedReason: null });
      expect(cell(map, 'EFFICIENCY', 'AI')).toMatchObject({
        highPotentialShare: 3 / 6,
        planningShare: 3 / 6,
        // Only Derby (published) is live: "1 live" would tell that none of the private five is.
        liveWithEvidence: null,
        heldBackReason: expect.stringMatching(/fewer than 10 councils/),
        gap: null,
      });
      // None of five see high potential in GIS: 0% would tell each of them the others' answer.
      expect(cell(map, 'EFFICIENCY', 'GIS')).toMatchObject({
        highPotentialShare: null,
        planningShare: null,
        liveWithEvidence: null,
        heldBackReason: expect.stringMatching(/fewer than 10 councils/),
        gap: null,
      });
      expect(map.objectiveTotals.find((t) => t.objective === 'EFFICIENCY')).toMatchObject({
        highPotentialShare: 3 / 6,
        planningShare: 3 / 6,
      });
    }
    for (const filter of FILTERS_WITHOUT_THEM) {
      const map = await sector(visitor(), filter);
      expect(map).toMatchObject({ councilsAnswered: null, suppressedReason: FEWER });
      expect(new Set(answerFigures(map))).toEqual(new Set([null]));
    }
  });

  it('blocks working out a council by comparing filters: a filter that leaves out fewer than five shown councils is held back', async () => {
    // A sixth council, the only metropolitan district: "all" minus "unitary" would be its answers.
    await answer(await editorOf('NW1', 'MD', 'North West'), 'NW1', high());
    const all = await sector(visitor());
    expect(all).toMatchObject({ councilsAnswered: 7, suppressedReason: null });
    expect(cell(all, 'EFFICIENCY', 'AI').highPotentialShare).toBe(4 / 7);
    for (const filter of [
      { councilType: 'UA' },
      { region: 'East Midlands' },
      { councilType: 'UA', nation: 'ENGLAND' },
      { nation: 'ENGLAND', region: 'East Midlands' },
    ]) {
      const map = await sector(visitor(), filter);
      expect(map.councilsAnswered).toBeNull();
      expect(map.suppressedReason).toMatch(/comparing filters/);
      expect(new Set(answerFigures(map))).toEqual(new Set([null]));
    }
    for (const filter of [{ councilType: 'MD' }, { region: 'North West' }])
      expect((await sector(visitor(), filter)).suppressedReason).toBe(FEWER);
    // A filter that takes in everyone is the same group, and so is shown.
    expect((await sector(visitor(), { nation: 'ENGLAND' })).councilsAnswered).toBe(7);
  });

  it('lets anyone read the aggregate but never one council’s private answers', async () => {
    const map = await sector(visitor());
    const text = JSON.stringify(map);
    for (const council of ['DER', 'NOT', 'EM3', 'EM6', 'NW1', 'Derby', 'Nottingham'])
      expect(text).not.toContain(council);
    const read = await visitor().graphql<{ ambitionMap: unknown }>(MAP, { code: 'NOT' });
    expect(read.data?.ambitionMap).toBeNull();
    // The filter takes only known council types and nations.
    const bad = await visitor().graphql(SECTOR, { filter: { councilType: 'NOPE' } });
    expect(errorCodeOf(bad)).toBeDefined();
    expect(
      (await visitor().graphql(SECTOR, { filter: { nation: 'ENGLAND' } })).errors,
    ).toBeUndefined();
  });
});
