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
  investmentStated: null,
  cashableSavingsStated: null,
  netPresentValue: null,
  paybackYear: null,
  figuresBasis: null,
  figuresNotWorkedOut: null,
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
  it('shows a case study’s figures from the appraisal method, or why there are none', () => {
    render(
      <MemoryRouter>
        <SearchResultList
          catalogue={TEST_CATALOGUE}
          hits={[
            hit('CASE_STUDY', 'Care reviews', {
              cashableSavingsStated: '£4,000,000 a year',
              figuresNotWorkedOut: 'Not worked out: the investment is not given',
            }),
            hit('CASE_STUDY', 'Phone bot', {
              netPresentValue: { pence: '379975673', formatted: '£3,799,756.73' },
              paybackYear: 2,
              figuresBasis: 'Measured actual',
            }),
            hit('COUNCIL', 'Derby'),
          ]}
        />
      </MemoryRouter>,
    );
    const [care, bot, council] = [...document.querySelectorAll<HTMLElement>('.lgx-search-result')];
    expect(within(care!).getByText('£4,000,000 a year')).toBeInTheDocument();
    expect(
      within(care!).getByText('Not worked out: the investment is not given'),
    ).toBeInTheDocument();
    expect(within(bot!).getByText('Net present value (measured actual)')).toBeInTheDocument();
    expect(within(bot!).getByText('£3,799,756.73')).toBeInTheDocument();
    expect(within(bot!).getByText('By the end of year 2')).toBeInTheDocument();
    expect(within(council!).queryByRole('term')).toBeNull();
  });
});
