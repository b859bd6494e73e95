import type { CouncilsQuery } from '@lgx/web/data-access';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';

import { CouncilsTable } from './councils-table';

type CouncilEdge = CouncilsQuery['councils']['edges'][number];

const edge = (node: Partial<CouncilEdge['node']>) => ({ node }) as CouncilEdge;
const EDGES = [
  edge({
    code: 'DER',
    name: 'Derby',
    typeName: 'Unitary authority',
    region: 'East Midlands',
    nation: 'ENGLAND',
    population: 261400,
  }),
  edge({
    code: 'CRD',
    name: 'Cardiff',
    typeName: 'Unitary authority',
    region: null,
    nation: 'WALES',
    population: null,
  }),
];

describe('CouncilsTable', () => {
  afterEach(() => jest.restoreAllMocks());

  it('heads each row with its council, linked to its page, beside its type, region and population', () => {
    render(
      <MemoryRouter>
        <CouncilsTable edges={EDGES} />
      </MemoryRouter>,
    );
    const table = screen.getByRole('table', {
      name: 'Councils, with their type, region and population',
    });
    const derby = within(table).getByRole('rowheader', { name: 'Derby' });
    expect(derby).toHaveAttribute('scope', 'row');
    expect(within(derby).getByRole('link')).toHaveAttribute('href', '/councils/DER');
    const cardiff = within(table).getByRole('rowheader', { name: 'Cardiff' }).closest('tr')!;
    expect(
      within(cardiff)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Unitary authority', 'Wales', 'Not recorded']);
  });

  it('scrolls sideways in a box of its own on a phone, named as the table is', () => {
    // jsdom lays nothing out: the table is wider than its box, as at 390 px.
    jest.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockReturnValue(900);
    jest.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(358);
    render(
      <MemoryRouter>
        <CouncilsTable edges={EDGES} />
      </MemoryRouter>,
    );
    const name = 'Councils, with their type, region and population';
    expect(screen.getByRole('region', { name })).toContainElement(
      screen.getByRole('table', { name }),
    );
  });
});
