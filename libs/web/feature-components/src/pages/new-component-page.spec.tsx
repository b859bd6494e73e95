import { DERBY_EDITOR_VIEWER, fakeGraphQLApi, refusedWith } from '@lgx/web/util';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';

import { NewComponentPage } from './new-component-page';

describe('NewComponentPage', () => {
  // accessible-autocomplete (Preact's React build) warns of renamed lifecycles: not ours to fix.
  beforeAll(() => jest.spyOn(console, 'warn').mockImplementation(() => undefined));
  afterAll(() => jest.restoreAllMocks());

  it("reports every problem in one go: its own checks and the API's, merged", async () => {
    const sent = fakeGraphQLApi({
      Viewer: () => DERBY_EDITOR_VIEWER,
      ComponentCouncilOptions: () => ({ data: { councils: { edges: [] } } }),
      CreateComponent: () =>
        refusedWith([
          { field: 'name', message: 'Enter a name' },
          { field: 'url', message: 'Enter the repository address as a full web address' },
          { field: 'maintainingCouncilCodes', message: '? is not a current council' },
        ]),
    });
    render(
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter>
          <NewComponentPage />
        </MemoryRouter>
      </QueryClientProvider>,
    );
    await userEvent.type(
      await screen.findByRole('textbox', { name: /Repository or download address/ }),
      'not an address',
    );
    await userEvent.type(screen.getByRole('combobox', { name: /Other councils/ }), 'Derbx');
    await userEvent.click(screen.getByRole('button', { name: 'Save and preview' }));

    const summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Enter a name',
      'Choose what kind of component it is',
      'Enter a summary',
      'Enter the repository address as a full web address',
      'Enter the licence as an SPDX identifier, like MIT or OGL-UK-3.0',
      'Choose a maturity',
      'Choose Derbx from the list of councils, or clear the box',
    ]);
    const create = sent.filter((request) => request.operation === 'CreateComponent');
    expect(create).toHaveLength(1);
    expect(create[0]!.variables['input']).toMatchObject({ maintainingCouncilCodes: ['?'] });
  });
});
