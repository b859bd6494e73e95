import { STRATEGIC_OBJECTIVES, TECHNOLOGIES } from '@lgx/shared/domain';
import { DERBY_EDITOR_VIEWER, fakeGraphQLApi } from '@lgx/web/util';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { expectNoAxeViolations, renderPageAt } from './insight-test-kit';
import { SectorMapPage } from './sector-map-page';

const GAP_RULE = 'At least half of the councils see high potential, and little practice.';

/** Every cell of the grid: held back, or with these figures for Efficiency × AI. */
function sectorMap(held: boolean) {
  const cells = Object.keys(STRATEGIC_OBJECTIVES).flatMap((objective) =>
    Object.keys(TECHNOLOGIES).map((technology) => {
      const ai = objective === 'EFFICIENCY' && technology === 'AI';
      return {
        objective,
        technology,
        highPotentialShare: held ? null : ai ? 0.6 : 0,
        planningShare: held ? null : ai ? 0.4 : 0,
        liveWithEvidence: held ? null : ai ? 1 : 0,
        publishedCaseStudies: ai ? 2 : 0,
        gap: held ? null : ai,
      };
    }),
  );
  const total = (high: number) => ({
    highPotentialShare: held ? null : high,
    planningShare: held ? null : high,
    liveWithEvidence: held ? null : 1,
    publishedCaseStudies: 2,
  });
  return {
    data: {
      sectorMap: {
        objectiveTotals: Object.keys(STRATEGIC_OBJECTIVES).map((objective) => ({
          objective,
          ...total(objective === 'EFFICIENCY' ? 0.8 : 0),
        })),
        technologyTotals: Object.keys(TECHNOLOGIES).map((technology) => ({
          technology,
          ...total(technology === 'AI' ? 0.6 : 0),
        })),
        councilsAnswered: held ? null : 5,
        suppressedReason: held ? 'fewer than 5 councils answered' : null,
        minimumCouncils: 5,
        gapRule: GAP_RULE,
        cells,
      },
    },
  };
}

const renderPage = (url = '/sector-map') => renderPageAt('sector-map', url, <SectorMapPage />);

jest.setTimeout(60_000);

describe('SectorMapPage', () => {
  it('shows the grid and the table of the same figures, with the gap, each cell focusable; axe finds nothing', async () => {
    fakeGraphQLApi({ SectorMap: () => sectorMap(false) });
    renderPage();
    const grid = await screen.findByRole('group', {
      name: 'Sector map: objectives by technologies',
    });
    const cell = within(grid).getByRole('link', {
      name: /^Efficiency and productivity, AI and machine learning: 60% see high potential, 40% planning, 1 live with evidence, 2 published case studies\. Gap/,
    });
    // The keyboard reaches every cell: tab from the filters to the first cell of the grid.
    for (let presses = 0; presses < 10 && !grid.contains(document.activeElement); presses++)
      await userEvent.tab();
    expect(document.activeElement).toHaveAccessibleName(/^Efficiency and productivity, /);
    // Each cell opens its own page.
    expect(cell).toHaveAttribute('href', '/sector-map/EFFICIENCY/AI');
    const table = screen.getByRole('table', { name: "The sector map's figures" });
    const row = within(table)
      .getAllByRole('row')
      .find(
        (r) =>
          /Efficiency and productivity/.test(r.textContent ?? '') &&
          /AI and machine/.test(r.textContent ?? ''),
      )!;
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([
      'Efficiency and productivity',
      'AI and machine learning',
      '60%',
      '40%',
      '1',
      '2',
      'Gap',
    ]);
    const byObjective = screen.getByRole('table', {
      name: 'By objective, across every technology',
    });
    expect(within(byObjective).getAllByRole('row')[1]).toHaveTextContent(
      'Efficiency and productivity80%80%12',
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      /^5 councils answered. A gap: At least half/,
    );
    await expectNoAxeViolations();
  });

  it('says "fewer than 5 councils" in every held-back cell and still counts published case studies', async () => {
    fakeGraphQLApi({ SectorMap: () => sectorMap(true) });
    renderPage();
    expect(
      await screen.findByText(/Figures held back: fewer than 5 councils answered/),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: "The sector map's figures" });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(
      Object.keys(STRATEGIC_OBJECTIVES).length * Object.keys(TECHNOLOGIES).length,
    );
    const totals = [
      'By objective, across every technology',
      'By technology, across every objective',
    ]
      .map((name) => screen.getByRole('table', { name }))
      .flatMap((table) => within(table).getAllByRole('row').slice(1));
    for (const row of totals) {
      const [, high, planning, live, caseStudies] = within(row).getAllByRole('cell');
      for (const figure of [high, planning, live])
        expect(figure).toHaveTextContent('fewer than 5 councils');
      expect(caseStudies).toHaveTextContent('2');
    }
    for (const row of rows) {
      const [, , high, planning, live] = within(row).getAllByRole('cell');
      for (const figure of [high, planning, live])
        expect(figure).toHaveTextContent('fewer than 5 councils');
    }
    expect(
      screen.getByRole('link', {
        name: 'Efficiency and productivity, AI and machine learning: fewer than 5 councils answered; 2 published case studies. Open this cell.',
      }),
    ).toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('filters by council type, nation and region from the address, as a GET form', async () => {
    const sent = fakeGraphQLApi({ SectorMap: () => sectorMap(false) });
    renderPage('/sector-map?councilType=UA&nation=ENGLAND&region=East+Midlands&ignored=1');
    await screen.findByRole('table', { name: "The sector map's figures" });
    expect(sent.find((r) => r.operation === 'SectorMap')?.variables).toEqual({
      filter: { councilType: 'UA', nation: 'ENGLAND', region: 'East Midlands' },
    });
    const form = screen.getByRole('form', { name: 'Filter the sector map' });
    expect(form).toHaveAttribute('method', 'get');
    expect(within(form).getByRole('combobox', { name: 'Council type' })).toHaveValue('UA');
    expect(within(form).getByRole('textbox', { name: /Region/ })).toHaveValue('East Midlands');
    // The cells' links, in the grid and the table, keep the filter.
    const opened = '/sector-map/EFFICIENCY/AI?councilType=UA&nation=ENGLAND&region=East+Midlands';
    const grid = screen.getByRole('group', { name: 'Sector map: objectives by technologies' });
    expect(
      within(grid).getByRole('link', { name: /^Efficiency and productivity, AI and/ }),
    ).toHaveAttribute('href', opened);
    const table = screen.getByRole('table', { name: "The sector map's figures" });
    expect(
      within(table).getByRole('link', {
        name: 'Efficiency and productivity, AI and machine learning',
      }),
    ).toHaveAttribute('href', opened);
  });

  it('says why a 0% or 100% of fewer than ten councils is not shown, figure by figure', async () => {
    const unanimous = sectorMap(false);
    const ai = unanimous.data.sectorMap.cells.find(
      (c) => c.objective === 'EFFICIENCY' && c.technology === 'AI',
    )!;
    Object.assign(ai, {
      highPotentialShare: null,
      gap: null,
      heldBackReason:
        'none, one, all but one or all of fewer than 10 councils with private maps: the figure would tell a council how each of the others answered',
    });
    fakeGraphQLApi({ SectorMap: () => unanimous });
    renderPage();
    const grid = await screen.findByRole('group', {
      name: 'Sector map: objectives by technologies',
    });
    expect(
      within(grid).getByRole('link', {
        name: /^Efficiency and productivity, AI and machine learning: none, one, all but one or all of fewer than 10 councils see high potential, 40% planning, 1 live with evidence/,
      }),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: "The sector map's figures" });
    const row = within(table)
      .getByRole('link', { name: /^Efficiency and productivity, AI/ })
      .closest('tr')!;
    const [, , high, planning] = within(row).getAllByRole('cell');
    expect(high).toHaveTextContent('none, one, all but one or all of fewer than 10 councils');
    expect(planning).toHaveTextContent('40%');
  });

  it('drops unknown council types and nations rather than sending them', async () => {
    const sent = fakeGraphQLApi({ SectorMap: () => sectorMap(false) });
    renderPage('/sector-map?councilType=NOPE&nation=MARS');
    await screen.findByRole('table', { name: "The sector map's figures" });
    expect(sent.find((r) => r.operation === 'SectorMap')?.variables).toEqual({ filter: {} });
  });

  it("links a council's officer to councils like theirs", async () => {
    fakeGraphQLApi({ SectorMap: () => sectorMap(false), Viewer: () => DERBY_EDITOR_VIEWER });
    renderPage();
    const council = DERBY_EDITOR_VIEWER.data.viewer.council;
    expect(
      await screen.findByRole('link', {
        name: `Compare ${council.name}'s map with councils like yours`,
      }),
    ).toHaveAttribute('href', `/digital-ambition/${council.code}/peers`);
  });

  it('limits the practice to measured figures from the address, with the box ticked and the cells keeping it', async () => {
    const sent = fakeGraphQLApi({ SectorMap: () => sectorMap(false) });
    renderPage('/sector-map?region=East+Midlands&measuredOnly=true');
    await screen.findByRole('table', { name: "The sector map's figures" });
    expect(sent.find((r) => r.operation === 'SectorMap')?.variables).toEqual({
      filter: { region: 'East Midlands', measuredOnly: true },
    });
    const form = screen.getByRole('form', { name: 'Filter the sector map' });
    const box = within(form).getByRole('checkbox', { name: 'Only measured figures (actuals)' });
    expect(box).toBeChecked();
    expect(box).toHaveAttribute('name', 'measuredOnly');
    expect(box).toHaveAttribute('value', 'true');
    expect(screen.getByTestId('practice-basis')).toHaveTextContent(/^Only measured figures/);
    const table = screen.getByRole('table', { name: "The sector map's figures" });
    expect(
      within(table).getByRole('link', {
        name: 'Efficiency and productivity, AI and machine learning',
      }),
    ).toHaveAttribute('href', '/sector-map/EFFICIENCY/AI?region=East+Midlands&measuredOnly=true');
    await expectNoAxeViolations();
  });

  it('counts every figure unless the box is ticked: nothing else in the address turns it on', async () => {
    const sent = fakeGraphQLApi({ SectorMap: () => sectorMap(false) });
    renderPage('/sector-map?measuredOnly=yes');
    await screen.findByRole('table', { name: "The sector map's figures" });
    expect(sent.find((r) => r.operation === 'SectorMap')?.variables).toEqual({ filter: {} });
    expect(
      screen.getByRole('checkbox', { name: 'Only measured figures (actuals)' }),
    ).not.toBeChecked();
    expect(screen.getByTestId('practice-basis')).toHaveTextContent(/^All figures/);
  });
});
