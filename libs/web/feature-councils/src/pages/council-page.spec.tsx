import { fakeGraphQLApi } from '@lgx/web/util';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';

import { CouncilPage } from './council-page';

const DERBY = {
  code: 'DER',
  gssCode: 'E06000015',
  name: 'Derby',
  officialName: 'Derby City Council',
  type: 'UA',
  typeName: 'Unitary authority',
  nation: 'ENGLAND',
  region: 'East Midlands',
  population: 261_400,
  areaKm2: 78,
  startDate: '1997-04-01',
  endDate: null,
  isCurrent: true,
  govUkSlug: null,
  county: null,
  combinedAuthority: null,
  successors: [],
  memberCouncils: [],
};

function renderCouncil(code: string) {
  fakeGraphQLApi({
    Council: (variables) => ({ data: { council: variables['code'] === 'DER' ? DERBY : null } }),
  });
  render(
    <QueryClientProvider
      client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
    >
      <MemoryRouter initialEntries={[`/councils/${code}`]}>
        <Routes>
          <Route path="/councils/:code" element={<CouncilPage />} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('CouncilPage: its feed', () => {
  it('links to the council’s Atom feed, visibly and for feed readers', async () => {
    renderCouncil('DER');
    const link = await screen.findByRole('link', { name: 'Atom feed of Derby' });
    expect(link).toHaveAttribute('href', '/feeds/councils/DER.atom');
    const alternate = document.head.querySelector('link[rel="alternate"]');
    expect(alternate).toHaveAttribute('type', 'application/atom+xml');
    expect(alternate).toHaveAttribute('href', '/feeds/councils/DER.atom');
    expect(alternate).toHaveAttribute('title', 'Derby on LGX');
  });

  it('offers no feed for a council not in the register', async () => {
    renderCouncil('ZZZ');
    expect(await screen.findByRole('heading', { name: 'Council not found' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Atom feed/ })).toBeNull();
    expect(document.head.querySelector('link[rel="alternate"]')).toBeNull();
  });
});
