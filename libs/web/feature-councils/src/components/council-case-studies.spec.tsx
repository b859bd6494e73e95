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
  investment: null,
  runningCostPerYear: null,
  cashableSavingsPerYear: { pence: '400000000' },
  publishedAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

/** The API, answering the council's case studies and a visitor's viewer. */
function answer(_url: string, init: RequestInit) {
  const body = init.body as string;
  const data = body.includes('councilCaseStudies')
    ? { councilCaseStudies: [study] }
    : { viewer: null };
  return Promise.resolve({ status: 200, json: () => Promise.resolve({ data }) } as Response);
}

describe('CouncilCaseStudies', () => {
  it('shows each case study’s headline figures, and why the payback is missing', async () => {
    global.fetch = jest.fn(answer) as unknown as typeof fetch;
    render(
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter>
          <CouncilCaseStudies council={{ code: 'DER', name: 'Derby' }} />
        </MemoryRouter>
      </QueryClientProvider>,
    );
    const item = (await screen.findByText(study.title)).closest('li')!;
    expect(within(item).getByText('£4,000,000')).toBeInTheDocument();
    expect(within(item).getByText('Not worked out: no investment was given')).toBeInTheDocument();
    expect(within(item).getByText('Not given')).toBeInTheDocument();
  });
});
