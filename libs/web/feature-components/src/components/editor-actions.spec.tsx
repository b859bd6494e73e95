import { fakeGraphQLApi } from '@lgx/web/util';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';

import { EditorActions } from './editor-actions';

type Component = Parameters<typeof EditorActions>[0]['component'];
const component = { id: 'c-1', status: 'DRAFT', publiccodeVersion: null } as unknown as Component;

describe('EditorActions', () => {
  it('asks before publishing a component, saying who will see it; Cancel publishes nothing', async () => {
    const sent = fakeGraphQLApi({
      PublishComponent: () => ({
        data: { publishComponent: { ...component, status: 'PUBLISHED' } },
      }),
    });
    const onDone = jest.fn();
    render(
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter>
          <EditorActions component={component} onDone={onDone} onError={jest.fn()} />
        </MemoryRouter>
      </QueryClientProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Publish' }));
    expect(screen.getByRole('heading', { name: 'Publish this component?' })).toHaveFocus();
    expect(screen.getByRole('region', { name: 'Publish this component?' })).toHaveTextContent(
      /not signed in.*search engines/,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Publish' })).toHaveFocus();
    expect(sent).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'Publish' }));
    await userEvent.click(screen.getByRole('button', { name: 'Publish' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(sent.map((request) => request.operation)).toEqual(['PublishComponent']);
  });
});
