import type { SearchQuery } from '@lgx/web/data-access';
import { render, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';

import { TEST_CATALOGUE } from '../model/test-catalogue';
import { SearchResultList } from './search-results';

type Hit = SearchQuery['search']['edges'][number]['node'];

const hit = (type: Hit['type'], title: string, extra: Partial<Hit> = {}): Hit => ({
  type,
  id: title,
  title,
  url: `/x/${title}`,
  councilName: 'Derby',
  publishedAt: null,
  adoptionCount: null,
  possiblyStale: null,
  investment: null,
  runningCostPerYear: null,
  cashableSavingsPerYear: null,
  buyerName: null,
  supplierNames: null,
  valueAmount: null,
  valueCurrency: null,
  contractEnd: null,
  maxExtentDate: null,
  titleHighlight: [{ text: title, match: false }],
  summaryHighlight: [{ text: 'Summary', match: false }],
  ...extra,
});

describe('SearchResultList', () => {
  it('shows a case study’s headline figures, and why the payback is missing', () => {
    render(
      <MemoryRouter>
        <SearchResultList
          catalogue={TEST_CATALOGUE}
          hits={[
            hit('CASE_STUDY', 'Care reviews', { cashableSavingsPerYear: { pence: '400000000' } }),
            hit('COUNCIL', 'Derby'),
          ]}
        />
      </MemoryRouter>,
    );
    const [caseStudy, council] = [...document.querySelectorAll<HTMLElement>('.lgx-search-result')];
    expect(within(caseStudy!).getByText('£4,000,000')).toBeInTheDocument();
    expect(
      within(caseStudy!).getByText('Not worked out: no investment was given'),
    ).toBeInTheDocument();
    expect(within(council!).queryByRole('term')).toBeNull();
  });
});
