import type { SearchQuery } from '@lgx/web/data-access';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';

import { TEST_CATALOGUE } from '../model/test-catalogue';
import { SearchResultList } from './search-results';

type Hit = SearchQuery['search']['edges'][number]['node'];

const contract = (extra: Partial<Hit> = {}): Hit => ({
  type: 'CONTRACT',
  id: 'ocds-b5fd17-1',
  title: 'Highways maintenance',
  url: '/contracts/ocds-b5fd17-1',
  councilName: 'Derby',
  publishedAt: '2025-02-01T10:00:00.000Z',
  adoptionCount: null,
  possiblyStale: null,
  investmentStated: null,
  cashableSavingsStated: null,
  netPresentValue: null,
  paybackYear: null,
  figuresBasis: null,
  figuresNotWorkedOut: null,
  buyerName: 'DERBY CITY COUNCIL',
  supplierNames: ['Tarmac Trading Ltd'],
  valueAmount: '450000',
  valueCurrency: 'GBP',
  contractEnd: '2027-03-31T00:00:00.000Z',
  maxExtentDate: null,
  titleHighlight: [{ text: 'Highways maintenance', match: false }],
  summaryHighlight: [{ text: 'Reactive repairs.', match: false }],
  ...extra,
});

function renderHits(hits: Hit[]) {
  render(
    <MemoryRouter>
      <SearchResultList catalogue={TEST_CATALOGUE} hits={hits} />
    </MemoryRouter>,
  );
  return [...document.querySelectorAll<HTMLElement>('.lgx-search-result')];
}

/** The value given for a term in a result's facts. */
const fact = (result: HTMLElement, term: string) =>
  within(result).getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;

describe('a contract in search results', () => {
  it('links to the contract’s page, with its buyer, supplier, value and end as published', () => {
    const [result] = renderHits([contract()]);
    expect(screen.getByRole('link', { name: 'Highways maintenance' })).toHaveAttribute(
      'href',
      '/contracts/ocds-b5fd17-1',
    );
    expect(within(result!).getByText('Contract')).toBeInTheDocument();
    expect(within(result!).getByText('Derby')).toBeInTheDocument();
    expect(fact(result!, 'Buyer')).toBe('DERBY CITY COUNCIL');
    expect(fact(result!, 'Supplier')).toBe('Tarmac Trading Ltd');
    expect(fact(result!, 'Value')).toBe('£450,000');
    expect(fact(result!, 'Ends')).toBe('31 March 2027');
  });

  it('shows a value without a currency as stated, several suppliers, and the latest end with extensions', () => {
    const [result] = renderHits([
      contract({
        supplierNames: ['Idverde Ltd', 'Glendale Services'],
        valueAmount: '2500000',
        valueCurrency: null,
        maxExtentDate: '2029-03-31T00:00:00.000Z',
      }),
    ]);
    expect(fact(result!, 'Suppliers')).toBe('Idverde Ltd, Glendale Services');
    expect(fact(result!, 'Value')).toBe('2,500,000 (no currency stated)');
    expect(fact(result!, 'Ends')).toBe('31 March 2027 (up to 31 March 2029 with extensions)');
  });

  it('says what the notice did not state', () => {
    const [result] = renderHits([
      contract({
        buyerName: null,
        supplierNames: [],
        valueAmount: null,
        valueCurrency: null,
        contractEnd: null,
      }),
    ]);
    expect(fact(result!, 'Buyer')).toBe('Not stated');
    expect(fact(result!, 'Supplier')).toBe('None stated');
    expect(fact(result!, 'Value')).toBe('Not stated');
    expect(fact(result!, 'Ends')).toBe('Not stated');
  });

  it('shows no contract facts on a result of another type', () => {
    const [result] = renderHits([contract({ type: 'COMPONENT', buyerName: 'X' })]);
    expect(within(result!).queryByText('Buyer')).toBeNull();
  });
});
