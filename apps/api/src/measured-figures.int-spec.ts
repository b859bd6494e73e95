import { SearchIndexer } from '@lgx/api/core/search';

import { caseStudy, ok } from '../test/insight-test-steps';
import { useQuestionsApp } from '../test/questions-test-app';

/** Every case study here has this word in its title, and nothing else does. */
const WORD = 'okapi';
const SEARCH = `query($q: String, $facets: [FacetFilterInput!]) {
  search(query: $q, filters: { types: [CASE_STUDY], facets: $facets }, first: 50) {
    edges { node { title } }
  } }`;
const CELL = `query($filter: SectorMapFilter) {
  sectorMapCell(objective: EFFICIENCY, technology: AI, filter: $filter) {
    figures { publishedCaseStudies } caseStudies { title measuredFigures }
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

const sorted = (titles: string[]) => titles.map((title) => title.replace(`${WORD} `, '')).sort();

describe('measured figures: one definition for search, the sector map and its cell (decision 0075)', () => {
  const world = useQuestionsApp({
    derbyEditor: { council: 'DER', role: 'EDITOR' },
    kentEditor: { council: 'KEN', role: 'EDITOR' },
  });

  beforeAll(async () => {
    const { derbyEditor, kentEditor } = world.people;
    for (const [shape, figures] of Object.entries(SHAPES))
      for (const figuresBasis of ['ACTUAL', 'FORECAST'])
        await caseStudy(
          shape.length % 2 ? derbyEditor : kentEditor,
          `${WORD} ${figuresBasis} ${shape}`,
          {
            ...figures,
            figuresBasis,
          },
        );
    // A draft with complete actuals: measured, but never public.
    await caseStudy(
      derbyEditor,
      `${WORD} draft`,
      { ...SHAPES.complete, figuresBasis: 'ACTUAL' },
      true,
    );
  });

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
    const cell = (
      await ok<{
        sectorMapCell: {
          figures: { publishedCaseStudies: number };
          caseStudies: { title: string; measuredFigures: boolean }[];
        };
      }>(world.harness, CELL, { filter: { measuredOnly: true } })
    ).sectorMapCell;
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
    const cell = (
      await ok<{ sectorMapCell: { caseStudies: { title: string; measuredFigures: boolean }[] } }>(
        world.harness,
        CELL,
        { filter: {} },
      )
    ).sectorMapCell;
    expect(all).toHaveLength(Object.keys(SHAPES).length * 2);
    expect(sorted(cell.caseStudies.map((study) => study.title))).toEqual(all);
    expect(
      sorted(cell.caseStudies.filter((study) => study.measuredFigures).map((study) => study.title)),
    ).toEqual(['ACTUAL complete']);
  });
});
