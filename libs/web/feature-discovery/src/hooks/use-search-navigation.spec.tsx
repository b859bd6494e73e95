import { fireEvent, render, renderHook, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation, useNavigate, useNavigationType } from 'react-router';

import { withSort } from '../model/search-state';
import { TEST_CATALOGUE } from '../model/test-catalogue';
import { useSearchNavigation } from './use-search-navigation';
import { useSearchState } from './use-search-state';

describe('useSearchState', () => {
  const at =
    (address: string) =>
    ({ children }: { children: ReactNode }) => (
      <MemoryRouter initialEntries={[address]}>{children}</MemoryRouter>
    );

  it('reads the words, content types, facets, council and sort from the address', () => {
    const { result } = renderHook(() => useSearchState(TEST_CATALOGUE), {
      wrapper: at('/search?q=bins&type=council&region=London&near=der&sort=name'),
    });
    expect(result.current).toMatchObject({
      query: 'bins',
      types: ['COUNCIL'],
      facets: [{ attribute: 'region', values: ['London'] }],
      nearCouncil: 'DER',
      sort: 'NAME',
    });
  });

  it('drops what the address holds that search does not offer', () => {
    const { result } = renderHook(() => useSearchState(TEST_CATALOGUE), {
      wrapper: at('/search?type=nope&colour=red&sort=loudest'),
    });
    expect(result.current).toMatchObject({ query: '', types: [], facets: [], sort: 'RELEVANCE' });
  });
});

/** The search page's words box and sort, with the address shown. */
function SearchHarness() {
  const state = useSearchState(TEST_CATALOGUE);
  const { text, current, onType, go } = useSearchNavigation(state);
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <>
      <input aria-label="Words" value={text} onChange={(event) => onType(event.target.value)} />
      <button type="button" onClick={() => go(withSort(current, 'NEWEST', TEST_CATALOGUE), 'push')}>
        Newest first
      </button>
      <button type="button" onClick={() => navigate(-1)}>
        Back
      </button>
      <output aria-label="Address">{location.search}</output>
      <output aria-label="How">{useNavigationType()}</output>
      <output aria-label="Entry">{location.key}</output>
    </>
  );
}

function renderSearch(address: string) {
  render(
    <MemoryRouter initialEntries={[address]}>
      <SearchHarness />
    </MemoryRouter>,
  );
}

const shown = (name: string) => screen.getByRole('status', { name }).textContent;
const address = () => shown('Address');
const words = () => screen.getByRole('textbox', { name: 'Words' });

describe('useSearchNavigation', () => {
  it('shows the typed words at once and puts them in the address a moment later, in place', async () => {
    renderSearch('/search?q=bins');
    fireEvent.change(words(), { target: { value: 'bins waste' } });
    expect(words()).toHaveValue('bins waste');
    expect(address()).toBe('?q=bins');
    await waitFor(() => expect(address()).toBe('?q=bins+waste'));
    expect(shown('How')).toBe('REPLACE');
    expect(words()).toHaveValue('bins waste');
  });

  it('takes words still waiting to be sent along with a sort, as a new history entry', async () => {
    renderSearch('/search?q=bins');
    fireEvent.change(words(), { target: { value: 'parking' } });
    fireEvent.click(screen.getByRole('button', { name: 'Newest first' }));
    await waitFor(() => expect(address()).toBe('?q=parking&sort=newest'));
    expect(shown('How')).toBe('PUSH');
  });

  it('shows the address’s words again when the reader goes back', async () => {
    renderSearch('/search?q=bins');
    fireEvent.click(screen.getByRole('button', { name: 'Newest first' }));
    await waitFor(() => expect(address()).toBe('?q=bins&sort=newest'));
    fireEvent.change(words(), { target: { value: 'bins and more' } });
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    await waitFor(() => expect(address()).toBe('?q=bins'));
    expect(shown('How')).toBe('POP');
    expect(address()).toBe('?q=bins');
    expect(words()).toHaveValue('bins');
    // The words typed before going back are not sent after it.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(address()).toBe('?q=bins');
  });

  it('stays where it is when the search has not changed', async () => {
    renderSearch('/search?q=bins&sort=newest');
    const before = shown('Entry');
    fireEvent.click(screen.getByRole('button', { name: 'Newest first' }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(shown('Entry')).toBe(before);
    expect(shown('How')).toBe('POP');
  });
});
