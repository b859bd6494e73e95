import { fakeGraphQLApi } from '@lgx/web/util';
import { screen, within } from '@testing-library/react';

import { expectNoAxeViolations, renderPageAt } from './insight-test-kit';
import { SectorCellPage } from './sector-cell-page';

const UNANIMOUS =
  'none, one, all but one or all of fewer than 10 councils with private maps: the figure would tell a council how each of the others answered';

/** One page holding every node: no more to show. */
const connection = (nodes: object[]) => ({
  totalCount: nodes.length,
  pageInfo: { hasNextPage: false, endCursor: null },
  edges: nodes.map((node) => ({ node })),
});

function cellAnswer({ held = false, empty = false, unanimous = false } = {}) {
  return {
    data: {
      sectorMapCell: {
        objective: 'EFFICIENCY',
        technology: 'AI',
        councilsAnswered: held ? null : 5,
        suppressedReason: held ? 'fewer than 5 councils answered' : null,
        figures: {
          objective: 'EFFICIENCY',
          technology: 'AI',
          highPotentialShare: held || unanimous ? null : 0.6,
          planningShare: held ? null : 0.4,
          liveWithEvidence: held ? null : 1,
          publishedCaseStudies: empty ? 0 : 1,
          gap: held || unanimous ? null : true,
          heldBackReason: unanimous ? UNANIMOUS : null,
        },
        caseStudies: connection(
          empty
            ? []
            : [
                {
                  id: 'cs-1',
                  title: 'Derby AI for care assessments',
                  path: '/case-studies/cs-1',
                  leadCouncilCode: 'DER',
                  leadCouncilName: 'Derby City Council',
                  figuresBasis: 'ACTUAL',
                  measuredFigures: true,
                  netPresentValue: { pence: '812345600', formatted: '£8,123,456' },
                  paybackYear: 2,
                  appraisalNotWorkedOut: null,
                },
              ],
        ),
        components: connection(
          empty
            ? []
            : [
                {
                  id: 'co-1',
                  name: 'Care assessment assistant',
                  summary: 'Helps with assessments.',
                  path: '/components/co-1',
                },
              ],
        ),
        willingCouncils: connection(
          empty
            ? []
            : [
                {
                  code: 'DER',
                  name: 'Derby City Council',
                  path: '/councils/DER',
                  reasons: ['LED_CASE_STUDY', 'LIVE'],
                },
              ],
        ),
      },
    },
  };
}

const renderPage = (url: string) =>
  renderPageAt('sector-map/:objective/:technology', url, <SectorCellPage />);

jest.setTimeout(60_000);

describe('SectorCellPage', () => {
  it('lists the case studies, components and willing councils behind the cell, with its figures and the business case link; axe finds nothing', async () => {
    const sent = fakeGraphQLApi({ SectorMapCell: () => cellAnswer() });
    renderPage('/sector-map/EFFICIENCY/AI?councilType=UA&region=East+Midlands');
    expect(screen.getByRole('status')).toHaveTextContent('Loading this cell of the sector map');
    const caseStudies = await screen.findByRole('region', { name: 'Case studies' });
    expect(sent.find((r) => r.operation === 'SectorMapCell')?.variables).toEqual({
      objective: 'EFFICIENCY',
      technology: 'AI',
      filter: { councilType: 'UA', region: 'East Midlands' },
    });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('AI and machine learning');
    expect(
      within(caseStudies).getByRole('link', { name: 'Derby AI for care assessments' }),
    ).toHaveAttribute('href', '/case-studies/cs-1');
    expect(caseStudies).toHaveTextContent(
      'Led by Derby City Council. Measured actual: net present value £8,123,456 (central, pays back in year 2).',
    );
    const components = screen.getByRole('region', { name: 'Components' });
    expect(
      within(components).getByRole('link', { name: 'Care assessment assistant' }),
    ).toHaveAttribute('href', '/components/co-1');
    const councils = screen.getByRole('region', { name: 'Councils willing to share' });
    expect(within(councils).getByRole('link', { name: 'Derby City Council' })).toHaveAttribute(
      'href',
      '/councils/DER',
    );
    expect(councils).toHaveTextContent(
      /led a published case study of this; live, on its published/,
    );
    expect(screen.getByRole('link', { name: 'Start our business case' })).toHaveAttribute(
      'href',
      '/business-case?objective=EFFICIENCY&technology=AI',
    );
    // Back to the map with the same filter.
    expect(screen.getByRole('link', { name: 'Sector map' })).toHaveAttribute(
      'href',
      '/sector-map?councilType=UA&region=East+Midlands',
    );
    expect(screen.getByText('See high potential').nextSibling).toHaveTextContent('60%');
    await expectNoAxeViolations();
  });

  it('says why figures are held back, for the whole cell or for one figure', async () => {
    fakeGraphQLApi({ SectorMapCell: () => cellAnswer({ held: true }) });
    renderPage('/sector-map/EFFICIENCY/AI');
    expect(
      await screen.findByText(/Figures held back: fewer than 5 councils answered/),
    ).toBeInTheDocument();
    expect(screen.getByText('See high potential').nextSibling).toHaveTextContent(
      'fewer than 5 councils',
    );
    expect(screen.getByText('Published case studies').nextSibling).toHaveTextContent('1');
  });

  it('says "none, one, all but one or all of fewer than 10 councils" for a unanimous figure', async () => {
    fakeGraphQLApi({ SectorMapCell: () => cellAnswer({ unanimous: true }) });
    renderPage('/sector-map/EFFICIENCY/AI');
    expect(
      await screen.findByText(/Some figures held back: none, one, all but one or all/),
    ).toBeInTheDocument();
    expect(screen.getByText('See high potential').nextSibling).toHaveTextContent(
      'none, one, all but one or all of fewer than 10 councils',
    );
    expect(screen.getByText(/^Planning/).nextSibling).toHaveTextContent('40%');
  });

  it('says so when nothing is behind the cell yet', async () => {
    fakeGraphQLApi({ SectorMapCell: () => cellAnswer({ empty: true }) });
    renderPage('/sector-map/EFFICIENCY/AI');
    expect(
      await screen.findByText(
        'No published case study is tagged with this objective and technology yet.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/No published component/)).toBeInTheDocument();
    expect(screen.getByText(/No council has published/)).toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('shows a problem page when the API fails, without its details', async () => {
    fakeGraphQLApi({
      SectorMapCell: () => ({ errors: [{ message: 'Something went wrong on our side' }] }),
    });
    renderPage('/sector-map/EFFICIENCY/AI');
    expect(
      await screen.findByRole('heading', { name: 'Sorry, there is a problem' }),
    ).toBeInTheDocument();
  });

  it('answers "page not found" for an unknown objective or technology, asking the API nothing', async () => {
    const sent = fakeGraphQLApi({ SectorMapCell: () => cellAnswer() });
    renderPage('/sector-map/EFFICIENCY/TELEPATHY');
    expect(screen.getByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sent).toEqual([]);
  });

  it('opens the cell on measured figures when the map was, says so, and keeps it in its links', async () => {
    const sent = fakeGraphQLApi({ SectorMapCell: () => cellAnswer() });
    renderPage('/sector-map/EFFICIENCY/AI?nation=ENGLAND&measuredOnly=true');
    await screen.findByRole('region', { name: 'Case studies' });
    expect(sent.find((r) => r.operation === 'SectorMapCell')?.variables).toEqual({
      objective: 'EFFICIENCY',
      technology: 'AI',
      filter: { nation: 'ENGLAND', measuredOnly: true },
    });
    const basis = screen.getByTestId('practice-basis');
    expect(basis).toHaveTextContent(/^Only measured figures: practice counts published case/);
    expect(within(basis).getByRole('link', { name: 'Show all figures' })).toHaveAttribute(
      'href',
      '/sector-map/EFFICIENCY/AI?nation=ENGLAND',
    );
    expect(screen.getByRole('link', { name: 'Sector map' })).toHaveAttribute(
      'href',
      '/sector-map?nation=ENGLAND&measuredOnly=true',
    );
    // The business case from this cell uses measured figures only, too.
    expect(screen.getByRole('link', { name: 'Start our business case' })).toHaveAttribute(
      'href',
      '/business-case?objective=EFFICIENCY&technology=AI&measuredOnly=true',
    );
  });

  it('says it counts every figure otherwise, with a link to measured figures only', async () => {
    fakeGraphQLApi({ SectorMapCell: () => cellAnswer() });
    renderPage('/sector-map/EFFICIENCY/AI');
    await screen.findByRole('region', { name: 'Case studies' });
    const basis = screen.getByTestId('practice-basis');
    expect(basis).toHaveTextContent(/^All figures: practice counts every published case study/);
    expect(within(basis).getByRole('link', { name: 'Show only measured figures' })).toHaveAttribute(
      'href',
      '/sector-map/EFFICIENCY/AI?measuredOnly=true',
    );
  });
});
