import { fakeGraphQLApi } from '@lgx/web/util';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';

import { expectNoAxeViolations, renderPageAt } from '../pages/insight-test-kit';
import { SectorCellPage } from '../pages/sector-cell-page';

const TOTAL = 5;
const study = (n: number) => ({
  id: `cs-${n}`,
  title: `Case study ${n}`,
  path: `/case-studies/cs-${n}`,
  leadCouncilCode: 'DER',
  leadCouncilName: 'Derby City Council',
  figuresBasis: 'FORECAST',
  measuredFigures: false,
  netPresentValue: null,
  paybackYear: null,
  appraisalNotWorkedOut: 'No figures given',
});
/** Case studies `from` to `to` (1-based) of five, as the API pages them: cursor "c<last>". */
const casePage = (from: number, to: number) => ({
  totalCount: TOTAL,
  pageInfo: { hasNextPage: to < TOTAL, endCursor: `c${to}` },
  edges: Array.from({ length: to - from + 1 }, (_, i) => ({
    cursor: `c${from + i}`,
    node: study(from + i),
  })),
});
const one = (node: object) => ({
  totalCount: 1,
  pageInfo: { hasNextPage: false, endCursor: 'x' },
  edges: [{ node }],
});

const CELL = {
  data: {
    sectorMapCell: {
      objective: 'EFFICIENCY',
      technology: 'AI',
      councilsAnswered: null,
      suppressedReason: 'fewer than 5 councils answered',
      figures: {
        objective: 'EFFICIENCY',
        technology: 'AI',
        highPotentialShare: null,
        planningShare: null,
        liveWithEvidence: null,
        publishedCaseStudies: TOTAL,
        gap: null,
        heldBackReason: null,
      },
      caseStudies: casePage(1, 2),
      components: one({ id: 'co-1', name: 'Tool', summary: 'A tool.', path: '/components/co-1' }),
      willingCouncils: one({
        code: 'DER',
        name: 'Derby City Council',
        path: '/councils/DER',
        reasons: ['LED_CASE_STUDY'],
      }),
    },
  },
};

/** The next page after the cursor the page sends, or an error for cursor "c4" when `failing`. */
const nextPage =
  (failing = false) =>
  (variables: Record<string, unknown>) => {
    if (failing && variables['after'] === 'c4')
      return { errors: [{ message: 'LGX is busy', extensions: { code: 'INTERNAL' } }] };
    const page = variables['after'] === 'c2' ? casePage(3, 4) : casePage(5, 5);
    return { data: { sectorMapCell: { caseStudies: page } } };
  };

const renderCell = () =>
  renderPageAt(
    'sector-map/:objective/:technology',
    '/sector-map/EFFICIENCY/AI?region=East+Midlands&measuredOnly=true',
    <SectorCellPage />,
  );

jest.setTimeout(60_000);

describe('the lists of a sector map cell, paged', () => {
  it('shows the total, then the next page after the last cursor, focusing what was added, until there is no more; axe finds nothing', async () => {
    const sent = fakeGraphQLApi({ SectorMapCell: () => CELL, SectorMapCellList: nextPage() });
    renderCell();
    const list = await screen.findByRole('region', { name: 'Case studies' });
    expect(within(list).getByRole('heading')).toHaveTextContent('Case studies (5)');
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(list).toHaveTextContent('Showing 2 of 5 case studies.');
    // Lists with nothing more have no button.
    for (const name of ['Components', 'Councils willing to share'])
      expect(
        within(screen.getByRole('region', { name })).queryByRole('button'),
      ).not.toBeInTheDocument();
    await expectNoAxeViolations();

    fireEvent.click(within(list).getByRole('button', { name: 'Show more case studies' }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(4));
    expect(sent.filter((r) => r.operation === 'SectorMapCellList').map((r) => r.variables)).toEqual(
      [
        {
          objective: 'EFFICIENCY',
          technology: 'AI',
          filter: { region: 'East Midlands', measuredOnly: true },
          after: 'c2',
          caseStudies: true,
          components: false,
          willingCouncils: false,
        },
      ],
    );
    await waitFor(() =>
      expect(within(list).getByRole('link', { name: 'Case study 3' })).toHaveFocus(),
    );
    expect(list).toHaveTextContent('Showing 4 of 5 case studies.');

    fireEvent.click(within(list).getByRole('button', { name: 'Show more case studies' }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(5));
    expect(
      within(list)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Case study 1', 'Case study 2', 'Case study 3', 'Case study 4', 'Case study 5']);
    expect(list).toHaveTextContent('Showing 5 of 5 case studies.');
    expect(within(list).queryByRole('button')).not.toBeInTheDocument();
    // The figures were asked for once; only the list was asked for again.
    expect(sent.filter((r) => r.operation === 'SectorMapCell')).toHaveLength(1);
    await expectNoAxeViolations();
  });

  it('says when more could not be loaded, keeps what is shown, and can try again', async () => {
    fakeGraphQLApi({ SectorMapCell: () => CELL, SectorMapCellList: nextPage(true) });
    renderCell();
    const list = await screen.findByRole('region', { name: 'Case studies' });
    fireEvent.click(within(list).getByRole('button', { name: 'Show more case studies' }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(4));
    fireEvent.click(within(list).getByRole('button', { name: 'Show more case studies' }));
    expect(
      await within(list).findByText(/More case studies could not be loaded/),
    ).toHaveTextContent('LGX is busy');
    expect(within(list).getAllByRole('listitem')).toHaveLength(4);
    expect(within(list).getByRole('button', { name: 'Show more case studies' })).toBeEnabled();
  });
});
