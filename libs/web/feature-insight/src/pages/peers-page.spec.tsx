import { STRATEGIC_OBJECTIVES, TECHNOLOGIES } from '@lgx/shared/domain';
import { fakeGraphQLApi } from '@lgx/web/util';
import { screen, within } from '@testing-library/react';

import { expectNoAxeViolations, renderPageAt } from './insight-test-kit';
import { PeersPage } from './peers-page';

const REASON = 'fewer than 5 other councils have answered in groups that can be shown';

/** Derby's peers: held back, or with these figures for Efficiency × AI. */
function councilPeers(held: boolean, liveCaseStudies: object[] = []) {
  return {
    data: {
      councilPeers: {
        councilCode: 'DER',
        councilName: 'Derby',
        method: 'Councils that answered the map, most alike first.',
        likeness: {
          councilType: 'Unitary authority',
          populationBand: '200,000 to 399,999 people',
          region: 'East Midlands',
          nation: 'England',
        },
        ownMap: {
          objectives: Object.entries(STRATEGIC_OBJECTIVES).map(([objective, label]) => ({
            objective,
            label,
            cells:
              objective === 'EFFICIENCY'
                ? [{ technology: 'AI', potential: 'HIGH', plan: 'PLANNED_WITHIN_FIVE_YEARS' }]
                : [],
          })),
        },
        peers: {
          councilsAnswered: held ? null : 6,
          suppressedReason: held ? REASON : null,
          minimumCouncils: 5,
          cells: Object.keys(STRATEGIC_OBJECTIVES).flatMap((objective) =>
            Object.keys(TECHNOLOGIES).map((technology) => {
              const ai = objective === 'EFFICIENCY' && technology === 'AI';
              return {
                objective,
                technology,
                highPotentialShare: held ? null : ai ? 0.5 : 0,
                planningShare: held ? null : ai ? 1 / 3 : 0,
                liveWithEvidence: held ? null : ai ? 1 : 0,
                publishedCaseStudies: 0,
              };
            }),
          ),
        },
        liveCaseStudies,
      },
    },
  };
}

const renderPage = () =>
  renderPageAt('digital-ambition/:code/peers', '/digital-ambition/der/peers', <PeersPage />);

const LIVE = {
  objective: 'EFFICIENCY',
  technology: 'AI',
  caseStudyId: 'cs-9',
  title: 'Leicester chat for council tax',
  councilCode: 'LEI',
  councilName: 'Leicester',
};

// Eight tables of every technology: role queries and axe take a while in jsdom.
jest.setTimeout(60_000);

describe('PeersPage', () => {
  it("shows the council's answers beside its peers' shares per objective, and the case studies peers rated live; axe finds nothing", async () => {
    const requests = fakeGraphQLApi({ CouncilPeers: () => councilPeers(false, [LIVE]) });
    renderPage();
    expect(await screen.findByRole('heading', { level: 1, name: 'Councils like mine' }));
    expect(requests.find((r) => r.operation === 'CouncilPeers')?.variables).toEqual({
      councilCode: 'DER',
    });
    expect(screen.getByRole('status')).toHaveTextContent('Compared with 6 similar councils');
    expect(
      screen.getByText(/Unitary authority, 200,000 to 399,999 people, East Midlands, England/),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Efficiency and productivity' });
    const cellsOf = (name: RegExp) =>
      within(within(table).getByRole('row', { name }))
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Technology', 'Your council', 'Similar councils']);
    expect(cellsOf(/^AI and machine learning/)).toEqual([
      'AI and machine learning',
      'High potential; Planned within five years',
      '50% see high potential; 33% planning; 1 live with evidence',
    ]);
    expect(cellsOf(/^Mapping and GIS/)).toEqual([
      'Mapping and GIS',
      'Not answered',
      '0% see high potential; 0% planning; 0 live with evidence',
    ]);
    expect(screen.getAllByRole('table')).toHaveLength(Object.keys(STRATEGIC_OBJECTIVES).length);
    expect(screen.getByRole('link', { name: 'Leicester chat for council tax' })).toHaveAttribute(
      'href',
      '/case-studies/cs-9',
    );
    await expectNoAxeViolations();
  });

  it('says why the peer figures are held back, shows the council its own answers still, and lists no case study', async () => {
    fakeGraphQLApi({ CouncilPeers: () => councilPeers(true) });
    renderPage();
    expect(await screen.findByText(/Peer figures held back/)).toHaveTextContent(
      `Peer figures held back: ${REASON}.`,
    );
    const table = screen.getByRole('table', { name: 'Efficiency and productivity' });
    const ai = within(table).getByRole('row', { name: /^AI and machine learning/ });
    expect(
      within(ai)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      'AI and machine learning',
      'High potential; Planned within five years',
      'fewer than 5 councils',
    ]);
    expect(screen.queryByText(/\d+%/)).toBeNull();
    expect(screen.getByText(/None can be listed/)).toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it("tells another council's officer that only the council's own officers can compare its map", async () => {
    fakeGraphQLApi({
      CouncilPeers: () => ({
        errors: [
          {
            message: "You do not have permission to see this council's digital ambition map.",
            extensions: { code: 'FORBIDDEN' },
          },
        ],
      }),
    });
    renderPage();
    expect(
      await screen.findByText(/Only the council's own officers can compare its map/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('says it is loading, then says plainly when the service fails', async () => {
    fakeGraphQLApi({
      CouncilPeers: () => ({
        errors: [
          { message: 'The service is busy.', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
        ],
      }),
    });
    renderPage();
    expect(screen.getByRole('status')).toHaveTextContent('Loading councils like mine');
    expect(
      await screen.findByRole('heading', { name: 'Sorry, there is a problem' }),
    ).toBeInTheDocument();
  });
});
