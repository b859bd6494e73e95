import { sentOperation } from '@lgx/web/util';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useRoutes } from 'react-router';

import { supplierRoutes } from './routes';

const VIEWER = {
  viewer: {
    account: { id: 'a1', name: 'Sam Officer', email: 'sam@stockport.gov.uk' },
    mfaChallengePending: false,
    council: { code: 'SKP', name: 'Stockport' },
    councilRole: 'EDITOR',
    platformRoles: [],
  },
};

type Answer = { data?: unknown; errors?: unknown[] };
type Sent = { query: string; variables: Record<string, unknown> };

/** The API's refusal of a form, with every problem it found at once. */
const refusal = (fields: { field: string; message: string }[]): Answer => ({
  errors: [{ message: 'Check the form', extensions: { code: 'BAD_USER_INPUT', fields } }],
});

function SupplierPages() {
  return useRoutes(supplierRoutes);
}

/** The supplier pages at `path`, with the API answering each operation by its name. */
function openAt(path: string, answers: Record<string, Answer>) {
  const sent: Sent[] = [];
  global.fetch = jest.fn(async (url: unknown, init?: RequestInit) => {
    const request = sentOperation(url, init) as Sent;
    const operation = /^(?:query|mutation) (\w+)/.exec(request.query)?.[1] ?? '';
    if (operation !== 'Viewer') sent.push(request);
    const answer = operation === 'Viewer' ? { data: VIEWER } : answers[operation];
    return { json: async () => answer ?? { data: null } } as Response;
  });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(['Viewer', {}], VIEWER);
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[path]}>
        <SupplierPages />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return { sent };
}

const summaryLinks = async () =>
  within(await screen.findByRole('alert'))
    .getAllByRole('link')
    .map((link) => link.textContent);

describe('supplier forms', () => {
  beforeEach(() => sessionStorage.clear());

  it('adds a supplier showing every problem in one pass, its web address completed', async () => {
    const { sent } = openAt('/suppliers/new', {
      CreateSupplier: refusal([
        { field: 'name', message: 'Enter the supplier’s name' },
        { field: 'companyNumber', message: 'A Companies House number has 8 characters' },
        { field: 'cpvCodes', message: 'Enter a CPV code as eight digits and a check digit' },
      ]),
    });
    await userEvent.type(
      await screen.findByRole('textbox', { name: 'Companies House number (optional)' }),
      '123',
    );
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Website (optional)' }),
      'acme.example',
    );
    await userEvent.type(
      screen.getByRole('combobox', { name: 'Main category (optional)' }),
      'softw',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Add supplier' }));

    expect(await summaryLinks()).toEqual([
      'Enter the supplier’s name',
      'A Companies House number has 8 characters',
      'Choose a category from the list, or clear the box to add none',
    ]);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.variables['input']).toMatchObject({
      name: '',
      website: 'https://acme.example',
      cpvCodes: ['softw'],
    });
  });

  it('finds every problem of an experience in one pass, before sending it', async () => {
    const { sent } = openAt('/supplier-experiences/new', {});
    await userEvent.type(
      await screen.findByRole('textbox', { name: 'Product or service' }),
      'Portal',
    );
    const start = within(screen.getByRole('group', { name: 'When did the contract start?' }));
    await userEvent.type(start.getByRole('textbox', { name: 'Month' }), '13');
    await userEvent.click(screen.getByRole('button', { name: 'Send for moderation' }));

    const links = await summaryLinks();
    expect(links).toEqual(
      expect.arrayContaining([
        'Choose the supplier',
        'Choose the category',
        'The contract start date must include a day and year',
        'Enter the contract end date',
        'Rate delivery from 1 to 5',
        'Tell other councils what worked, what did not or your advice',
      ]),
    );
    expect(links).toHaveLength(15);
    expect(sent.filter((request) => request.query.startsWith('mutation'))).toEqual([]);
    expect(start.getByRole('textbox', { name: 'Day' })).toBeInvalid();
    expect(start.getByRole('textbox', { name: 'Month' })).not.toBeInvalid();
  });

  it('takes the name typed to “Add the supplier”, and keeps what was written for the way back', async () => {
    openAt('/supplier-experiences/new', {
      Suppliers: {
        data: { suppliers: { totalCount: 0, pageInfo: { hasNextPage: false }, edges: [] } },
      },
      CreateSupplier: { data: { createSupplier: { id: 's9', name: 'Acme Portals' } } },
      SupplierName: { data: { supplier: { id: 's9', name: 'Acme Portals' } } },
    });
    await userEvent.type(
      await screen.findByRole('textbox', { name: 'Product or service' }),
      'Portal',
    );
    await userEvent.click(
      within(screen.getByRole('group', { name: 'Is the contract current?' })).getByRole('radio', {
        name: 'Yes',
      }),
    );
    await userEvent.type(screen.getByRole('combobox', { name: 'Supplier' }), 'Acme Portals');
    await userEvent.click(screen.getByRole('link', { name: 'Add the supplier' }));

    expect(await screen.findByRole('textbox', { name: 'Name' })).toHaveValue('Acme Portals');
    await userEvent.click(screen.getByRole('button', { name: 'Add supplier' }));

    expect(await screen.findByRole('textbox', { name: 'Product or service' })).toHaveValue(
      'Portal',
    );
    expect(screen.getByRole('combobox', { name: 'Supplier' })).toHaveValue('Acme Portals');
    expect(
      within(screen.getByRole('group', { name: 'Is the contract current?' })).getByRole('radio', {
        name: 'Yes',
      }),
    ).toBeChecked();
  });
});
