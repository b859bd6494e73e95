import { SearchIndexer } from '@lgx/api/core/search';
import { errorCodeOf } from '@lgx/api/testing';

import { caseStudy, type Listed, listsOf, ok } from '../test/insight-test-steps';
import { useQuestionsApp } from '../test/questions-test-app';

/** Every case study here has this word in its title, and nothing else does. */
const WORD = 'okapi';
const SEARCH = `query($q: String, $facets: [FacetFilterInput!]) {
  search(query: $q, filters: { types: [CASE_STUDY], facets: $facets }, first: 50) {
    edges { node { title } }
  } }`;
const CELL = `query($filter: SectorMapFilter) {
  sectorMapCell(objective: EFFICIENCY, technology: AI, filter: $filter) {
    figures { publishedCaseStudies } caseStudies { edges { node { title measuredFigures } } }
  } }`;
const SECTOR = `query($filter: SectorMapFilter) {
  sectorMap(filter: $filter) { cells { objective technology publishedCaseStudies } } }`;

/** Case studies in every shape of stated figures, each an actual or a forecast. */
const SHAPES: Record<string, object> = {
  complete: { investment: '200000', cashableSavingsPerYear: '150000', savingsPeriodYears: 3 },
  'investment only': { investment: '200000' },
  'saving only': { cashableSavingsPerYear: '150000' },
  'money, no period': { investment: '200000', cashableSavingsPerYear: '150000' },
  'saving and period': { cashableSavingsPerYear: '150000', savingsPeriodYears: 3 },
  'no money': {},
};

const BUSINESS_CASE = `query($caseStudy: ID, $objective: String, $technology: String, $measuredOnly: Boolean) {
  businessCase(caseStudy: $caseStudy, objective: $objective, technology: $technology,
               measuredOnly: $measuredOnly) {
    title measuredOnly figuresNote startedFrom { title }
    peers { source { title } figuresBasis } leftOut { source { title } reason }
    spread { figure n low { sources { title } } median { sources { title } } high { sources { title } } }
    readings { reading sources { title } }
  } }`;
interface Titled {
  title: string;
}
interface BusinessCase {
  title: string;
  measuredOnly: boolean;
  figuresNote: string;
  startedFrom: Titled | null;
  peers: { source: Titled; figuresBasis: string }[];
  leftOut: { source: Titled; reason: string }[];
  spread: ({ figure: string; n: number } & Record<
    'low' | 'median' | 'high',
    { sources: Titled[] }
  >)[];
  readings: { reading: string; sources: Titled[] }[];
}
/** Every case study the spread and the readings take a figure from. */
const figureSources = (found: BusinessCase) =>
  sorted(
    [
      ...found.spread.flatMap((row) => [row.low, row.median, row.high].flatMap((p) => p.sources)),
      ...found.readings.flatMap((row) => row.sources),
    ]
      .map((source) => source.title)
      .filter((title, i, all) => all.indexOf(title) === i),
  );

interface Cell {
  figures: { publishedCaseStudies: number };
  caseStudies: { title: string; measuredFigures: boolean }[];
}

const sorted = (titles: string[]) => titles.map((title) => title.replace(`${WORD} `, '')).sort();

describe('measured figures: one definition for search, the sector map and its cell (decision 0075)', () => {
  const world = useQuestionsApp({
    derbyEditor: { council: 'DER', role: 'EDITOR' },
    kentEditor: { council: 'KEN', role: 'EDITOR' },
    nottinghamOfficer: { council: 'NOT', role: 'OFFICER' },
  });
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const { derbyEditor, kentEditor } = world.people;
    for (const [shape, figures] of Object.entries(SHAPES))
      for (const figuresBasis of ['ACTUAL', 'FORECAST'])
        ids[`${figuresBasis} ${shape}`] = await caseStudy(
          shape.length % 2 ? derbyEditor : kentEditor,
          `${WORD} ${figuresBasis} ${shape}`,
          { ...figures, figuresBasis },
        );
    // A draft with complete actuals: measured, but never public.
    await caseStudy(
      derbyEditor,
      `${WORD} draft`,
      { ...SHAPES.complete, figuresBasis: 'ACTUAL' },
      true,
    );
  });

  const cellOf = async (filter: object) =>
    listsOf(
      (await ok<{ sectorMapCell: Listed<Cell> }>(world.harness, CELL, { filter })).sectorMapCell,
    );

  async function searched(facets: object[] = []) {
    await world.harness.app.get(SearchIndexer).settle();
    const found = await ok<{ search: { edges: { node: { title: string } }[] } }>(
      world.harness,
      SEARCH,
      { q: WORD, facets },
    );
    return sorted(found.search.edges.map((edge) => edge.node.title));
  }

  it('search, the sector map and the cell find the same measured case studies', async () => {
    const bySearch = await searched([{ attribute: 'figures', values: ['Measured actual'] }]);
    const cell = await cellOf({ measuredOnly: true });
    const map = await ok<{
      sectorMap: {
        cells: { objective: string; technology: string; publishedCaseStudies: number }[];
      };
    }>(world.harness, SECTOR, { filter: { measuredOnly: true } });

    expect(bySearch).toEqual(['ACTUAL complete']);
    expect(sorted(cell.caseStudies.map((study) => study.title))).toEqual(bySearch);
    expect(cell.caseStudies.every((study) => study.measuredFigures)).toBe(true);
    expect(cell.figures.publishedCaseStudies).toBe(bySearch.length);
    expect(
      map.sectorMap.cells.find((c) => c.objective === 'EFFICIENCY' && c.technology === 'AI')!
        .publishedCaseStudies,
    ).toBe(bySearch.length);
  });

  it('without the filter, all published ones are found, each marked measured or not alike', async () => {
    const all = await searched();
    const cell = await cellOf({});
    expect(all).toHaveLength(Object.keys(SHAPES).length * 2);
    expect(sorted(cell.caseStudies.map((study) => study.title))).toEqual(all);
    expect(
      sorted(cell.caseStudies.filter((study) => study.measuredFigures).map((study) => study.title)),
    ).toEqual(['ACTUAL complete']);
  });

  const businessCase = async (variables: Record<string, unknown>) =>
    (
      await ok<{ businessCase: BusinessCase }>(
        world.people.nottinghamOfficer,
        BUSINESS_CASE,
        variables,
      )
    ).businessCase;

  it('a business case from the cell with measured figures only leaves forecast peers out of the spread', async () => {
    const cell = { objective: 'EFFICIENCY', technology: 'AI' };
    const all = await businessCase(cell);
    expect(all.measuredOnly).toBe(false);
    expect(figureSources(all)).toEqual(['ACTUAL complete', 'FORECAST complete']);
    expect(all.spread.every((row) => row.n === 2)).toBe(true);

    const measured = await businessCase({ ...cell, measuredOnly: true });
    expect(measured.measuredOnly).toBe(true);
    expect(measured.figuresNote).toMatch(/only measured figures/i);
    expect(measured.title).toBe(
      'Our business case from Efficiency and productivity with AI and machine learning, measured figures only',
    );
    expect(measured.peers.map((peer) => peer.source.title)).toEqual([`${WORD} ACTUAL complete`]);
    expect(measured.peers[0]!.figuresBasis).toBe('Actual (measured)');
    expect(figureSources(measured)).toEqual(['ACTUAL complete']);
    expect(measured.spread.every((row) => row.n === 1)).toBe(true);
    // Not measured, so never read: not even as left out.
    expect(sorted(measured.leftOut.map((left) => left.source.title))).toEqual([]);
    expect((await businessCase({ ...cell, measuredOnly: false })).peers).toHaveLength(2);
  });

  it('started from a forecast with measured figures only, it heads the case but is left out, with why', async () => {
    const found = await businessCase({ caseStudy: ids['FORECAST complete'], measuredOnly: true });
    expect(found.startedFrom?.title).toBe(`${WORD} FORECAST complete`);
    expect(found.peers.map((peer) => peer.source.title)).toEqual([`${WORD} ACTUAL complete`]);
    expect(found.leftOut).toEqual([
      {
        source: { title: `${WORD} FORECAST complete` },
        reason: expect.stringMatching(/measured/) as unknown as string,
      },
    ]);
  });

  it('the downloads take measuredOnly too, and refuse anything but true or false', async () => {
    const officer = world.people.nottinghamOfficer;
    const get = (query: string) =>
      world.harness.http().get(`/business-case/document.md?${query}`).set('cookie', officer.cookie);
    const measured = await get('objective=EFFICIENCY&technology=AI&measuredOnly=true').expect(200);
    expect(measured.text).toContain(`${WORD} ACTUAL complete`);
    expect(measured.text).not.toContain(`${WORD} FORECAST complete`);
    expect(measured.text).toMatch(/only measured figures/i);
    const all = await get('objective=EFFICIENCY&technology=AI&measuredOnly=false').expect(200);
    expect(all.text).toContain(`${WORD} FORECAST complete`);
    for (const bad of ['yes', '1', 'true&measuredOnly=false']) {
      const refused = await get(`objective=EFFICIENCY&technology=AI&measuredOnly=${bad}`).expect(
        400,
      );
      expect(refused.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT' });
      expect(refused.body.errors[0].message).toMatch(/measuredOnly/);
      expect(refused.text).not.toMatch(/ at .*\.ts:\d+/);
    }
    const graphql = await officer.graphql(BUSINESS_CASE, {
      objective: 'EFFICIENCY',
      technology: 'AI',
      measuredOnly: 'yes',
    });
    expect(errorCodeOf(graphql)).toBe('BAD_USER_INPUT');
  });
});
