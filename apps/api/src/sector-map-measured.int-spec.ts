import { errorCodeOf, signedIn } from '@lgx/api/testing';

import {
  adopt,
  answer,
  caseStudy,
  component,
  type Listed,
  listsOf,
  ok,
} from '../test/insight-test-steps';
import { useQuestionsApp } from '../test/questions-test-app';

const FIGURES = 'liveWithEvidence publishedCaseStudies heldBackReason';
const SECTOR = `query($filter: SectorMapFilter) { sectorMap(filter: $filter) {
  councilsAnswered cells { objective technology ${FIGURES} }
  objectiveTotals { objective ${FIGURES} } technologyTotals { technology ${FIGURES} }
} }`;
const CELL = `query($filter: SectorMapFilter) {
  sectorMapCell(objective: EFFICIENCY, technology: AI, filter: $filter) {
    figures { ${FIGURES} }
    caseStudies { edges { node { title figuresBasis } } }
    components { edges { node { name } } }
    willingCouncils { edges { node { code reasons } } }
  } }`;
const PUBLISH_MAP = `mutation($code: String!) { publishAmbitionMap(councilCode: $code) { published } }`;

/** Money the appraisal method can work out. */
const MONEY = { investment: '200000', cashableSavingsPerYear: '150000', savingsPeriodYears: 3 };

interface Figures {
  liveWithEvidence: number | null;
  publishedCaseStudies: number;
}
interface Cell {
  figures: Figures;
  caseStudies: { title: string; figuresBasis: string }[];
  components: { name: string }[];
  willingCouncils: { code: string; reasons: string[] }[];
}
interface SectorData {
  sectorMap: {
    councilsAnswered: number | null;
    cells: (Figures & { objective: string; technology: string })[];
    objectiveTotals: (Figures & { objective: string })[];
    technologyTotals: (Figures & { technology: string })[];
  };
}

describe('the sector map limited to measured figures (issue 18 item 5)', () => {
  const world = useQuestionsApp({
    derbyEditor: { council: 'DER', role: 'EDITOR' },
    derbyAdmin: { council: 'DER', role: 'ADMIN' },
    nottinghamEditor: { council: 'NOT', role: 'EDITOR' },
    nottinghamAdmin: { council: 'NOT', role: 'ADMIN' },
    kentEditor: { council: 'KEN', role: 'EDITOR' },
  });
  const live = (evidence: object) => [
    { technology: 'AI', potential: 'HIGH', plan: 'LIVE', evidence },
  ];
  const sector = async (filter: object) =>
    (await ok<SectorData>(world.harness, SECTOR, { filter })).sectorMap;
  const cellOf = async (filter: object) =>
    listsOf(
      (await ok<{ sectorMapCell: Listed<Cell> }>(world.harness, CELL, { filter })).sectorMapCell,
    );
  const efficiencyAi = (map: SectorData['sectorMap']) =>
    map.cells.find((c) => c.objective === 'EFFICIENCY' && c.technology === 'AI')!;

  beforeAll(async () => {
    const { derbyEditor, derbyAdmin, nottinghamEditor, nottinghamAdmin, kentEditor } = world.people;
    // Derby: measured actuals, published; its map is LIVE with that as evidence, and published.
    const actual = await caseStudy(derbyEditor, 'Derby measured chatbot', {
      ...MONEY,
      figuresBasis: 'ACTUAL',
    });
    await adopt(derbyEditor, await component(kentEditor, 'Measured assistant', ['AI']), actual);
    await answer(derbyEditor, 'DER', live({ kind: 'CASE_STUDY', id: actual }));
    await ok(derbyAdmin, PUBLISH_MAP, { code: 'DER' });
    // Derby's draft with actuals never counts; nor does an "actual" that states no money.
    await caseStudy(derbyEditor, 'Derby draft actuals', { ...MONEY, figuresBasis: 'ACTUAL' }, true);
    await caseStudy(kentEditor, 'Kent actual without money', { figuresBasis: 'ACTUAL' });
    // Nottingham: a forecast, published; its published map is LIVE with the forecast as evidence.
    const forecast = await caseStudy(nottinghamEditor, 'Nottingham forecast chatbot', {
      ...MONEY,
      figuresBasis: 'FORECAST',
    });
    await adopt(
      nottinghamEditor,
      await component(kentEditor, 'Forecast assistant', ['AI']),
      forecast,
    );
    await answer(nottinghamEditor, 'NOT', live({ kind: 'CASE_STUDY', id: forecast }));
    await ok(nottinghamAdmin, PUBLISH_MAP, { code: 'NOT' });
    // Ten more councils with private maps (the small-number rule shows a count of one only
    // among ten or more private maps, decision 0059), one LIVE with an adoption as its
    // evidence (no figures at all).
    for (const code of Array.from({ length: 10 }, (_, i) => `EM${i + 3}`)) {
      await world.harness.dataSource.query(
        `INSERT INTO council (code, official_name, nice_name, type_code, nation, region, is_current)
         VALUES ($1, $2, $2, 'UA', 'England', 'East Midlands', true) ON CONFLICT (code) DO NOTHING`,
        [code, `Test council ${code}`],
      );
      const editor = await signedIn(world.harness, { council: code, role: 'EDITOR' });
      if (code === 'EM3') {
        const adoption = await adopt(
          editor,
          await component(kentEditor, 'Adopted assistant', ['AI']),
        );
        await answer(editor, code, live({ kind: 'ADOPTION', id: adoption }));
      } else await answer(editor, code, [{ technology: 'AI', potential: 'SOME' }]);
    }
  });

  it('counts every published case study without the filter, and only those with measured actuals with it', async () => {
    const all = await sector({});
    expect(all.councilsAnswered).toBe(12);
    expect(efficiencyAi(all)).toMatchObject({ publishedCaseStudies: 3, liveWithEvidence: 3 });
    for (const unmeasured of [{}, { measuredOnly: false }])
      expect(efficiencyAi(await sector(unmeasured)).publishedCaseStudies).toBe(3);

    const measured = await sector({ measuredOnly: true });
    // The councils' answers are not figures: the population stays the same.
    expect(measured.councilsAnswered).toBe(12);
    // Live with evidence: only evidence that is a published case study with measured actuals.
    expect(efficiencyAi(measured)).toMatchObject({ publishedCaseStudies: 1, liveWithEvidence: 1 });
    expect(measured.objectiveTotals.find((t) => t.objective === 'EFFICIENCY')).toMatchObject({
      publishedCaseStudies: 1,
    });
    expect(measured.technologyTotals.find((t) => t.technology === 'AI')).toMatchObject({
      publishedCaseStudies: 1,
    });
    // With the other filters too.
    expect(
      efficiencyAi(await sector({ measuredOnly: true, region: 'East Midlands' }))
        .publishedCaseStudies,
    ).toBe(1);
  });

  it('opens a cell with only the measured case study, its component and its council', async () => {
    const all = await cellOf({});
    expect(all.caseStudies.map((s) => s.title).sort()).toEqual([
      'Derby measured chatbot',
      'Kent actual without money',
      'Nottingham forecast chatbot',
    ]);
    expect(all.components.map((c) => c.name)).toEqual(['Forecast assistant', 'Measured assistant']);
    expect(all.willingCouncils.map((c) => c.code).sort()).toEqual(['DER', 'KEN', 'NOT']);

    const measured = await cellOf({ measuredOnly: true });
    expect(measured.figures).toMatchObject({ publishedCaseStudies: 1, liveWithEvidence: 1 });
    expect(measured.caseStudies).toEqual([
      { title: 'Derby measured chatbot', figuresBasis: 'ACTUAL' },
    ]);
    expect(measured.components).toEqual([{ name: 'Measured assistant' }]);
    expect(measured.willingCouncils).toEqual([
      { code: 'DER', reasons: ['LED_CASE_STUDY', 'LIVE'] },
    ]);
  });

  it('refuses a measuredOnly that is not true or false, with a code and no stack', async () => {
    for (const measuredOnly of ['yes', 1]) {
      const bad = await world.harness.graphql(SECTOR, { filter: { measuredOnly } });
      expect(errorCodeOf(bad)).toBe('BAD_USER_INPUT');
      expect(bad.errors![0]!.message).toMatch(/measuredOnly/);
      expect(JSON.stringify(bad)).not.toMatch(/stacktrace|\bat [\w.]+ \(/);
    }
  });
});
