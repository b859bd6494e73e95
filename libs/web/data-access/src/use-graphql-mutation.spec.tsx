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

/** Runs SAVE against an API that refuses it with `error`; the settled hook and the spy on refetching. */
async function refusedWith(error: { message: string; extensions: { code: string } }) {
  fakeGraphQLApi({ Save: () => ({ errors: [error] }) });
  const client = new QueryClient();
  const invalidated = jest.spyOn(client, 'invalidateQueries');
  const { result } = renderHook(() => useGraphQLMutation(SAVE), { wrapper: withClient(client) });
  act(() => result.current.mutate({ id: '1' }));
  await waitFor(() => expect(result.current.isError).toBe(true));
  return { result, invalidated };
}

describe('useGraphQLMutation', () => {
  const original = global.fetch;
  afterEach(() => {
    global.fetch = original;
  });

  it('fetches every query again when a resent mutation was already saved, and says so', async () => {
    const { result, invalidated } = await refusedWith({
      message: 'This change was already saved. Reload to see it.',
      extensions: { code: 'ALREADY_APPLIED' },
    });
    expect(result.current.error).toMatchObject({
      code: 'ALREADY_APPLIED',
      message: 'This change was already saved. Reload to see it.',
    });
    expect(invalidated).toHaveBeenCalledWith();
  });

  it('leaves other refusals to the page, without fetching anything again', async () => {
    const { invalidated } = await refusedWith({
      message: 'No.',
      extensions: { code: 'FORBIDDEN' },
    });
    expect(invalidated).not.toHaveBeenCalled();
  });
});
