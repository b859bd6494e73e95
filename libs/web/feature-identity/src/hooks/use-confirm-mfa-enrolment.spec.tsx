import { useViewer } from '@lgx/web/data-access';
import { FormShell, TextInput } from '@lgx/web/ui';
import { DERBY_EDITOR_VIEWER, fakeGraphQLApi, sentOperation } from '@lgx/web/util';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';

import { useConfirmMfaEnrolment } from './use-confirm-mfa-enrolment';

function SetUp() {
  const { codes, form, busy, submit } = useConfirmMfaEnrolment();
  if (codes) return <p>Codes: {codes.join(' ')}</p>;
  return (
    <FormShell errors={form.errors.summary} onSubmit={submit} busy={busy} submitLabel="Turn on">
      <TextInput id="code" label="Code" error={form.errors.byField['code']} />
    </FormShell>
  );
}

function answer(body: unknown) {
  return Promise.resolve({ status: 200, json: () => Promise.resolve(body) } as Response);
}

function renderSetUp(fetchMock: jest.Mock) {
  global.fetch = fetchMock;
  render(
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter>
        <SetUp />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

const sentVariables = (fetchMock: jest.Mock) =>
  sentOperation(fetchMock.mock.calls[0][0], fetchMock.mock.calls[0][1] as RequestInit).variables;

describe('useConfirmMfaEnrolment', () => {
  it('asks for the code before sending anything', async () => {
    const fetchMock = jest.fn();
    renderSetUp(fetchMock);
    await userEvent.type(screen.getByLabelText('Code'), '   ');
    await userEvent.click(screen.getByRole('button', { name: 'Turn on' }));
    expect(screen.getByLabelText('Code')).toHaveAccessibleDescription(
      'Error: Enter the code from your authenticator app',
    );
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('sends the trimmed code and gives back the recovery codes once two-factor is on', async () => {
    const fetchMock = jest.fn(() =>
      answer({ data: { confirmMfaEnrolment: { codes: ['abcde-23456', 'fghij-78923'] } } }),
    );
    renderSetUp(fetchMock);
    await userEvent.type(screen.getByLabelText('Code'), ' 123456 ');
    await userEvent.click(screen.getByRole('button', { name: 'Turn on' }));
    expect(await screen.findByText('Codes: abcde-23456 fghij-78923')).toBeInTheDocument();
    expect(sentVariables(fetchMock)).toEqual({ code: '123456' });
  });

  it('shows why a code was refused, and sends again when asked', async () => {
    const fetchMock = jest.fn(() =>
      answer({
        errors: [
          {
            message: 'That code did not work. Check your app and try again.',
            extensions: { code: 'BAD_MFA_CODE' },
          },
        ],
      }),
    );
    renderSetUp(fetchMock);
    await userEvent.type(screen.getByLabelText('Code'), '000000');
    await userEvent.click(screen.getByRole('button', { name: 'Turn on' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'That code did not work. Check your app and try again.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Turn on' }));
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('shows the codes only once the viewer says two-factor is on, so the account page agrees', async () => {
    let on = false;
    const viewer = () => ({
      data: {
        viewer: {
          ...DERBY_EDITOR_VIEWER.data.viewer,
          account: { ...DERBY_EDITOR_VIEWER.data.viewer.account, mfaEnabled: on },
        },
      },
    });
    fakeGraphQLApi({
      // Once it is on, the viewer takes a while to come back, as on a slow link.
      Viewer: () =>
        on ? new Promise((resolve) => setTimeout(() => resolve(viewer()), 300)) : viewer(),
      ConfirmMfaEnrolment: () => {
        on = true;
        return { data: { confirmMfaEnrolment: { codes: ['abcde-23456'] } } };
      },
    });
    function SetUpBesideAccount() {
      const mfaEnabled = useViewer().data?.viewer.account?.mfaEnabled;
      return (
        <>
          <p>Two-factor: {mfaEnabled ? 'On' : 'Off'}</p>
          <SetUp />
        </>
      );
    }
    render(
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter>
          <SetUpBesideAccount />
        </MemoryRouter>
      </QueryClientProvider>,
    );
    expect(await screen.findByText('Two-factor: Off')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Code'), '123456');
    await userEvent.click(screen.getByRole('button', { name: 'Turn on' }));
    await screen.findByText('Codes: abcde-23456');
    // In the same render as the codes: never a moment with the codes and "Off".
    expect(screen.getByText('Two-factor: On')).toBeInTheDocument();
  });
});
