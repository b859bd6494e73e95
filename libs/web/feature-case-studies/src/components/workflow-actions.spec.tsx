import { fakeGraphQLApi } from '@lgx/web/util';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';

import { WorkflowActions } from './workflow-actions';

const study = { id: 'cs-1', status: 'DRAFT' as const, title: 'Chatbot for council tax' };

function renderActions() {
  const sent = fakeGraphQLApi({
    PublishCaseStudy: () => ({ data: { publishCaseStudy: { ...study, status: 'PUBLISHED' } } }),
  });
  const onDone = jest.fn();
  render(
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter>
        <WorkflowActions study={study} onDone={onDone} onError={jest.fn()} />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return { sent, onDone };
}

describe('WorkflowActions', () => {
  it('asks before publishing, saying who will see it, and publishes only when confirmed', async () => {
    const { sent, onDone } = renderActions();
    await userEvent.click(screen.getByRole('button', { name: 'Publish' }));

    const question = screen.getByRole('heading', { name: 'Publish this case study?' });
    expect(question).toHaveFocus();
    const step = screen.getByRole('region', { name: 'Publish this case study?' });
    expect(step).toHaveTextContent(/including people who are not signed in/);
    expect(step).toHaveTextContent(/search engines/);
    expect(sent).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'Publish' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(sent.map((request) => request.operation)).toEqual(['PublishCaseStudy']);
  });

  it('goes back without publishing on Cancel or Escape, with focus on the Publish button', async () => {
    const { sent } = renderActions();
    await userEvent.click(screen.getByRole('button', { name: 'Publish' }));
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('heading', { name: 'Publish this case study?' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Publish' })).toHaveFocus();

    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('heading', { name: 'Publish this case study?' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'Publish' })).toHaveFocus();
    expect(sent).toEqual([]);
  });
});
