import { fakeGraphQLApi } from '@lgx/web/util';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';

import type { Operation } from './operation';
import { useGraphQLMutation } from './use-graphql-mutation';

const SAVE = 'mutation Save($id: ID!) { save(id: $id) }' as unknown as Operation<
  { save: boolean },
  { id: string }
>;

function withClient(client: QueryClient) {
  return ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
}

describe('useGraphQLMutation', () => {
  const original = global.fetch;
  afterEach(() => {
    global.fetch = original;
  });

  it('fetches every query again when a resent mutation was already saved, and says so', async () => {
    fakeGraphQLApi({
      Save: () => ({
        errors: [
          {
            message: 'This change was already saved. Reload to see it.',
            extensions: { code: 'ALREADY_APPLIED' },
          },
        ],
      }),
    });
    const client = new QueryClient();
    const invalidated = jest.spyOn(client, 'invalidateQueries');
    const { result } = renderHook(() => useGraphQLMutation(SAVE), { wrapper: withClient(client) });
    act(() => result.current.mutate({ id: '1' }));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toMatchObject({
      code: 'ALREADY_APPLIED',
      message: 'This change was already saved. Reload to see it.',
    });
    expect(invalidated).toHaveBeenCalledWith();
  });

  it('leaves other refusals to the page, without fetching anything again', async () => {
    fakeGraphQLApi({
      Save: () => ({ errors: [{ message: 'No.', extensions: { code: 'FORBIDDEN' } }] }),
    });
    const client = new QueryClient();
    const invalidated = jest.spyOn(client, 'invalidateQueries');
    const { result } = renderHook(() => useGraphQLMutation(SAVE), { wrapper: withClient(client) });
    act(() => result.current.mutate({ id: '1' }));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(invalidated).not.toHaveBeenCalled();
  });
});
