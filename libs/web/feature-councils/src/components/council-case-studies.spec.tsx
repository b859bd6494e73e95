import { sentOperation } from '@lgx/web/util';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';

import { CouncilCaseStudies } from './council-case-studies';

const study = {
  id: 'cs-1',
  title: 'Reviewing care packages with AI',
  summary: 'AI helps review care packages.',
  status: 'PUBLISHED',
  isSample: false,
  stage: { key: 'LIVE', label: 'Live' },
  leadCouncil: { code: 'DER', name: 'Derby' },
  investmentStated: null,
  cashableSavingsStated: '£4,000,000 a year',
  figuresBasis: 'FORECAST',
  appraisalNotWorkedOut:
    'Not worked out: the investment and how many years the savings last are not given',
  appraisal: null,
  publishedAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

/** The API, answering the council's case studies and a visitor's viewer. */
const answer = (studies: object[]) => (url: string, init: RequestInit) => {
  const data = sentOperation(url, init).query.includes('councilCaseStudies')
    ? { councilCaseStudies: studies }
    : { viewer: null };
  return Promise.resolve({ status: 200, json: () => Promise.resolve({ data }) } as Response);
};

/** Shows Derby's case studies as the API gives them; the list item of the one study. */
async function listed(studies: object[]): Promise<HTMLElement> {
  global.fetch = jest.fn(answer(studies)) as unknown as typeof fetch;
  render(
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter>
        <CouncilCaseStudies council={{ code: 'DER', name: 'Derby' }} />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return (await screen.findByText(study.title)).closest('li')!;
}

describe('CouncilCaseStudies', () => {
  it('shows each case study’s headline figures, and why the method could not appraise them', async () => {
    const item = await listed([study]);
    expect(within(item).getByText('£4,000,000 a year')).toBeInTheDocument();
    expect(within(item).getByText(study.appraisalNotWorkedOut)).toBeInTheDocument();
    expect(within(item).getByText('Not given')).toBeInTheDocument();
  });

  it('shows the method’s central net present value and payback, forecast or actual', async () => {
    const appraised = {
      ...study,
      figuresBasis: 'ACTUAL',
      appraisalNotWorkedOut: null,
      appraisal: {
        central: {
          unadjusted: {
            netPresentValue: { pence: '186473430', formatted: '£1,864,734.30' },
            paybackYear: 1,
          },
        },
      },
    };
    const item = await listed([appraised]);
    expect(within(item).getByText('Net present value (measured actual)')).toBeInTheDocument();
    expect(within(item).getByText('£1,864,734.30')).toBeInTheDocument();
    expect(within(item).getByText('By the end of year 1')).toBeInTheDocument();
  });
});
