import { DERBY_EDITOR_VIEWER, fakeGraphQLApi } from '@lgx/web/util';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';

import { ImportPage } from './import-page';

const INVALID = {
  outcome: 'INVALID',
  version: '0.4',
  errors: [
    { path: 'name', message: 'name is required', line: null },
    { path: 'developmentStatus', message: '"finished" is not allowed', line: 8 },
    { path: 'url', message: 'url must be a web address', line: 3 },
  ],
  warnings: [],
  component: null,
};

describe('ImportPage', () => {
  it('fetches from an address typed without https://, and lists every problem of the file at once', async () => {
    const sent = fakeGraphQLApi({
      Viewer: () => DERBY_EDITOR_VIEWER,
      ImportPubliccodeFromUrl: () => ({ data: { importPubliccodeFromUrl: INVALID } }),
    });
    render(
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter>
          <ImportPage />
        </MemoryRouter>
      </QueryClientProvider>,
    );
    const address = await screen.findByRole('textbox', { name: 'Or give its web address' });
    await userEvent.type(address, 'raw.githubusercontent.com/derby/app/main/publiccode.yml');
    await userEvent.click(screen.getByRole('button', { name: 'Fetch and import' }));

    const verdict = await screen.findByRole('alert');
    expect(verdict).toHaveTextContent('The file was not imported: 3 problems to fix');
    expect(within(verdict.closest('section')!).getAllByRole('row')).toHaveLength(4);
    expect(address).toHaveValue('https://raw.githubusercontent.com/derby/app/main/publiccode.yml');
    expect(sent.find((request) => request.operation === 'ImportPubliccodeFromUrl')).toMatchObject({
      variables: { url: 'https://raw.githubusercontent.com/derby/app/main/publiccode.yml' },
    });
  });
});
