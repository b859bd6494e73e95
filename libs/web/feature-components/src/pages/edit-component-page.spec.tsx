import { DERBY_EDITOR_VIEWER, fakeGraphQLApi, refusedWith } from '@lgx/web/util';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';

import { EditComponentPage } from './edit-component-page';

const COMPONENT = {
  id: 'c-1',
  name: 'Fault reporter',
  kind: { key: 'OPEN_SOURCE_SOFTWARE', label: 'Open source software' },
  summary: 'Report street lighting faults',
  description: '',
  url: null,
  licence: 'MIT',
  maturity: { key: 'LIVE', label: 'Live' },
  maintainingCouncils: [
    { code: 'DER', name: 'Derby' },
    { code: 'NGM', name: 'Nottingham' },
  ],
  coMaintainerInvitations: [],
  serviceAreas: [],
  technologies: [],
  standards: [],
  features: [],
  dependencies: [],
  documentationUrl: null,
  status: 'DRAFT',
  canEdit: true,
};

describe('EditComponentPage', () => {
  // accessible-autocomplete (Preact's React build) warns of renamed lifecycles: not ours to fix.
  beforeAll(() => jest.spyOn(console, 'warn').mockImplementation(() => undefined));
  afterAll(() => jest.restoreAllMocks());

  it("shows other maintainers by name, and reports every problem in one go: its own and the API's", async () => {
    const sent = fakeGraphQLApi({
      Viewer: () => DERBY_EDITOR_VIEWER,
      Component: () => ({ data: { component: COMPONENT } }),
      UpdateComponent: () =>
        refusedWith([
          { field: 'summary', message: 'Enter a summary' },
          { field: 'licence', message: 'The licence "NOPE" is not an SPDX licence identifier' },
        ]),
    });
    render(
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter initialEntries={['/components/c-1/edit']}>
          <Routes>
            <Route path="/components/:id/edit" element={<EditComponentPage />} />
          </Routes>
        </MemoryRouter>
      </QueryClientProvider>,
    );
    const summaryBox = await screen.findByRole('textbox', { name: /^Summary/ });
    // Derby (the editor's council) is not listed; Nottingham is, by name, and removable.
    screen.getByRole('button', { name: 'Remove Nottingham' });
    expect(screen.queryByRole('button', { name: 'Remove Derby' })).toBeNull();

    await userEvent.clear(summaryBox);
    await userEvent.clear(screen.getByRole('textbox', { name: /^Licence/ }));
    await userEvent.type(screen.getByRole('textbox', { name: /^Licence/ }), 'NOPE');
    await userEvent.type(screen.getByRole('combobox', { name: /Other councils/ }), 'Leics');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    const summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Enter a summary',
      'The licence "NOPE" is not an SPDX licence identifier',
      'Choose Leics from the list of councils, or clear the box',
    ]);
    const update = sent.filter((request) => request.operation === 'UpdateComponent');
    expect(update).toHaveLength(1);
    expect(update[0]!.variables['input']).toMatchObject({ maintainingCouncilCodes: ['NGM', '?'] });
  });
});
