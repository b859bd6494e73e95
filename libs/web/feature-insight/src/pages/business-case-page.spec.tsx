import { fakeGraphQLApi, VISITOR_VIEWER } from '@lgx/web/util';
import { screen, within } from '@testing-library/react';

import { BusinessCasePage } from './business-case-page';
import { expectNoAxeViolations, onAPhone, renderPageAt, viewerAs } from './insight-test-kit';

const NOTTINGHAM_OFFICER = viewerAs({ code: 'NOT', name: 'Nottingham City Council' }, 'OFFICER');

const source = (id: string, title: string) => ({
  caseStudyId: id,
  title,
  url: `https://lgx.example/case-studies/${id}`,
});
const DERBY = source('derby-1', 'Derby triage');
const STOCKPORT = source('stockport-1', 'Stockport assistant');
const money = (formatted: string) => ({ formatted });
const point = (text: string, sources: object[]) => ({ text, pence: '1', sources });

const BUSINESS_CASE = {
  data: {
    businessCase: {
      title: 'Our business case from peers of “Derby triage”',
      documentName: 'our-business-case-nottingham-2026-12-02',
      scaledByPopulation: true,
      scalingNote: "Each figure is scaled to Nottingham's population (332,900).",
      measuredOnly: false,
      figuresNote: 'All figures: forecasts and measured actuals alike.',
      methodUrl: 'https://lgx.example/appraisal-method',
      startedFrom: DERBY,
      council: { code: 'NOT', name: 'Nottingham', population: 332900 },
      optimismBias: {
        label: 'Equipment and development',
        upliftPercent: 200,
        source: 'HM Treasury',
      },
      peers: [
        {
          source: DERBY,
          councilName: 'Derby',
          councilPopulation: 257302,
          scale: '1.294',
          figuresBasis: 'Forecast',
          investment: money('£129,381.04'),
          runningCostPerYear: money('£0'),
          cashableSavingsPerYear: money('£64,690.52'),
          period: '4 years',
          netPresentValue: money('-£150,529.72'),
        },
      ],
      leftOut: [{ source: STOCKPORT, reason: 'it does not state an investment' }],
      spread: [
        {
          figure: 'Investment',
          n: 1,
          low: point('£129,381.04', [DERBY]),
          median: point('£129,381.04', [DERBY]),
          high: point('£129,381.04', [DERBY]),
        },
      ],
      readings: ['Low', 'Central', 'High'].map((reading) => ({
        reading,
        description: `${reading} reading`,
        investment: money('£129,381.04'),
        runningCostPerYear: money('£0'),
        cashableSavingsPerYear: money('£64,690.52'),
        periodYears: 4,
        netPresentValueUnadjusted: money('£100,000'),
        netPresentValue: money(`${reading} NPV`),
        benefitCostRatio: '0.53',
        paybackYear: null,
        sources: [DERBY],
      })),
    },
  },
};

const renderPage = (url: string) => renderPageAt('business-case', url, <BusinessCasePage />);

jest.setTimeout(60_000);

describe('BusinessCasePage', () => {
  it('shows an officer the peers, the spread and the method with every source linked, and the downloads; axe finds nothing', async () => {
    const received = fakeGraphQLApi({
      Viewer: () => NOTTINGHAM_OFFICER,
      BusinessCase: () => BUSINESS_CASE,
    });
    renderPage('/business-case?caseStudy=derby-1');
    expect(
      await screen.findByRole('heading', { level: 1, name: /Our business case from peers of/ }),
    ).toBeInTheDocument();
    expect(received.find((r) => r.operation === 'BusinessCase')!.variables).toEqual({
      caseStudy: 'derby-1',
      objective: null,
      technology: null,
      measuredOnly: false,
    });
    const peers = screen.getByRole('table', { name: 'The comparable case studies (1)' });
    expect(within(peers).getByRole('link', { name: 'Derby triage' })).toHaveAttribute(
      'href',
      '/case-studies/derby-1',
    );
    expect(within(peers).getAllByRole('row')[1]).toHaveTextContent('Derby (257,302)1.294');
    const spread = screen.getByRole('table', { name: 'The spread across peers' });
    expect(within(spread).getAllByRole('row')[1]).toHaveTextContent(
      'Investment1£129,381.04from Derby triage',
    );
    const method = screen.getByRole('table', { name: 'The method applied to the spread' });
    expect(
      within(method)
        .getAllByRole('row')
        .slice(1)
        .map((row) => within(row).getAllByRole('cell')[5]!.textContent),
    ).toEqual(['Low NPV', 'Central NPV', 'High NPV']);
    expect(screen.getByRole('link', { name: 'Download as Word (.docx)' })).toHaveAttribute(
      'href',
      '/business-case/document.docx?caseStudy=derby-1',
    );
    expect(screen.getByRole('link', { name: 'Download as Markdown' })).toHaveAttribute(
      'href',
      '/business-case/document.md?caseStudy=derby-1',
    );
    expect(screen.getByText(/it does not state an investment/)).toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('scrolls each of its wide tables sideways in a box of its own on a phone, so the page never does', async () => {
    onAPhone();
    fakeGraphQLApi({ Viewer: () => NOTTINGHAM_OFFICER, BusinessCase: () => BUSINESS_CASE });
    renderPage('/business-case?caseStudy=derby-1');
    await screen.findByRole('heading', { level: 1, name: /Our business case from peers of/ });
    for (const name of [
      'The comparable case studies (1)',
      'The spread across peers',
      'The method applied to the spread',
    ]) {
      const box = screen.getByRole('region', { name });
      expect(box).toHaveAttribute('tabindex', '0');
      expect(within(box).getByRole('table', { name })).toBeInTheDocument();
    }
    jest.restoreAllMocks();
  });

  it('starts from a sector map cell', async () => {
    const received = fakeGraphQLApi({
      Viewer: () => NOTTINGHAM_OFFICER,
      BusinessCase: () => BUSINESS_CASE,
    });
    renderPage('/business-case?objective=EFFICIENCY&technology=AI');
    await screen.findByRole('heading', { level: 1, name: /Our business case/ });
    expect(received.find((r) => r.operation === 'BusinessCase')!.variables).toEqual({
      caseStudy: null,
      objective: 'EFFICIENCY',
      technology: 'AI',
      measuredOnly: false,
    });
  });

  it('from a cell with measured figures only: asks for it, says so, and the downloads carry it', async () => {
    const received = fakeGraphQLApi({
      Viewer: () => NOTTINGHAM_OFFICER,
      BusinessCase: () => ({
        data: {
          businessCase: {
            ...BUSINESS_CASE.data.businessCase,
            startedFrom: null,
            measuredOnly: true,
            figuresNote: 'Only measured figures: forecasts are left out.',
          },
        },
      }),
    });
    renderPage('/business-case?objective=EFFICIENCY&technology=AI&measuredOnly=true');
    await screen.findByRole('heading', { level: 1, name: /Our business case/ });
    expect(received.find((r) => r.operation === 'BusinessCase')!.variables).toEqual({
      caseStudy: null,
      objective: 'EFFICIENCY',
      technology: 'AI',
      measuredOnly: true,
    });
    expect(screen.getByTestId('figures-note')).toHaveTextContent(
      'Only measured figures: forecasts are left out.',
    );
    for (const [name, file] of [
      ['Download as Word (.docx)', 'docx'],
      ['Download as Markdown', 'md'],
    ])
      expect(screen.getByRole('link', { name })).toHaveAttribute(
        'href',
        `/business-case/document.${file}?objective=EFFICIENCY&technology=AI&measuredOnly=true`,
      );
    await expectNoAxeViolations();
  });

  it('asks a visitor to sign in, and never asks for the business case', async () => {
    const received = fakeGraphQLApi({
      Viewer: () => VISITOR_VIEWER,
      BusinessCase: () => BUSINESS_CASE,
    });
    renderPage('/business-case?caseStudy=derby-1');
    expect(await screen.findByRole('link', { name: 'Sign in' })).toHaveAttribute(
      'href',
      `/sign-in?returnTo=${encodeURIComponent('/business-case?caseStudy=derby-1')}`,
    );
    expect(received.map((r) => r.operation)).not.toContain('BusinessCase');
    await expectNoAxeViolations();
  });

  it('says what went wrong when the case study is not published', async () => {
    fakeGraphQLApi({
      Viewer: () => NOTTINGHAM_OFFICER,
      BusinessCase: () => ({
        errors: [
          {
            message: 'There is no published case study with this id.',
            extensions: { code: 'NOT_FOUND' },
          },
        ],
      }),
    });
    renderPage('/business-case?caseStudy=draft-1');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Case study not found' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/no published case study with this id/)).toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it("says why a sector map cell cannot start one, in the API's words", async () => {
    fakeGraphQLApi({
      Viewer: () => NOTTINGHAM_OFFICER,
      BusinessCase: () => ({
        errors: [
          {
            message: 'The technology must be one of: AI, GENERATIVE_AI.',
            extensions: { code: 'BAD_USER_INPUT' },
          },
        ],
      }),
    });
    renderPage('/business-case?objective=EFFICIENCY&technology=TELEPATHY');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This business case cannot start' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/technology must be one of/)).toBeInTheDocument();
  });

  it('explains how to start when the address says nothing', async () => {
    const received = fakeGraphQLApi({ Viewer: () => NOTTINGHAM_OFFICER });
    renderPage('/business-case');
    expect(await screen.findByRole('link', { name: 'sector map' })).toHaveAttribute(
      'href',
      '/sector-map',
    );
    expect(received.map((r) => r.operation)).not.toContain('BusinessCase');
  });
});
