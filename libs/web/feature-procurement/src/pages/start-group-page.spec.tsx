import { sentOperation } from '@lgx/web/util';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';

import { StartGroupPage } from './start-group-page';

const VIEWER = {
  viewer: {
    account: { id: 'a1', name: 'Dee Editor', email: 'dee@derby.gov.uk' },
    council: { code: 'DER', name: 'Derby City Council' },
    councilRole: 'EDITOR',
    platformRoles: [],
  },
};

/** The API refusing the group, as it does, with every problem it found at once. */
const REFUSAL = {
  errors: [
    {
      message: 'Check the group',
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'title', message: 'Enter a title' },
          { field: 'cpvCode', message: 'Enter a CPV code as eight digits and a check digit' },
          { field: 'desiredStart', message: 'Enter the desired contract start' },
          {
            field: 'interestClosesOn',
            message: 'Enter the closing date for expressions of interest',
          },
        ],
      },
    },
  ],
};

describe('StartGroupPage', () => {
  it('reports every problem in one pass: the form’s own and the API’s together', async () => {
    const sent: { query: string; variables: { input: Record<string, unknown> } }[] = [];
    global.fetch = jest.fn(async (url: unknown, init?: RequestInit) => {
      const request = sentOperation(url, init) as (typeof sent)[number];
      if (request.query.startsWith('query Viewer'))
        return { json: async () => ({ data: VIEWER }) } as Response;
      sent.push(request);
      return { json: async () => REFUSAL } as Response;
    });
    const client = new QueryClient();
    client.setQueryData(['Viewer', {}], VIEWER);
    render(
      <QueryClientProvider client={client}>
        <MemoryRouter>
          <StartGroupPage />
        </MemoryRouter>
      </QueryClientProvider>,
    );
    const start = within(screen.getByRole('group', { name: 'Desired contract start' }));
    await userEvent.type(start.getByRole('textbox', { name: 'Day' }), '1');
    await userEvent.type(screen.getByRole('combobox', { name: 'Category' }), 'softw');
    await userEvent.click(screen.getByRole('button', { name: 'Start the group' }));

    const summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Enter a title',
      'Choose a category from the list: start typing what it is, like “software”',
      'The desired contract start must include a month and year',
      'Enter the closing date for expressions of interest',
    ]);
    // Sent once, the unreadable date and the unchosen category empty, for the API to refuse.
    expect(sent).toHaveLength(1);
    expect(sent[0]!.variables.input).toMatchObject({ cpvCode: '', desiredStart: '' });
    expect(within(summary).getByRole('link', { name: /must include a month/ })).toHaveAttribute(
      'href',
      '#desired-start-month',
    );
    expect(start.getByRole('textbox', { name: 'Month' })).toBeInvalid();
    expect(start.getByRole('textbox', { name: 'Day' })).not.toBeInvalid();
  });
});
