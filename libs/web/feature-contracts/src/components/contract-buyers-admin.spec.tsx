import { DERBY_EDITOR_VIEWER, fakeGraphQLApi, refusedWith } from '@lgx/web/util';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { MemoryRouter, Route, Routes } from 'react-router';

import { ContractBuyersPage } from '../pages/contract-buyers-page';

const ADMIN_VIEWER = {
  data: {
    viewer: {
      ...DERBY_EDITOR_VIEWER.data.viewer,
      council: null,
      councilRole: null,
      platformRoles: ['ADMIN'],
    },
  },
};

const DERBY = { code: 'DER', name: 'Derby', officialName: 'Derby City Council', current: true };
const NOTTINGHAM = {
  code: 'NOT',
  name: 'Nottingham',
  officialName: 'Nottingham City Council',
  current: true,
};

const JOINT = {
  nameKey: 'derby city council nottingham city council',
  buyerName: 'Derby City Council / Nottingham City Council',
  processCount: 4,
  exampleTitles: ['Street lighting', 'Winter gritting'],
  note: 'the name names more than one council',
  candidates: [DERBY, NOTTINGHAM],
};

const connection = <T,>(nodes: T[]) => ({
  totalCount: nodes.length,
  pageInfo: { hasNextPage: false, endCursor: null },
  edges: nodes.map((node) => ({ node })),
});

const DECISION = {
  nameKey: 'derby cc',
  buyerName: 'Derby CC',
  council: DERBY,
  notACouncil: false,
  decidedBy: 'Ada Admin',
  decidedAt: '2026-11-30T10:00:00.000Z',
  processCount: 2,
};

const outcome = (decision: unknown, buyerName = JOINT.buyerName) => ({
  nameKey: JOINT.nameKey,
  buyerName,
  processesChanged: 4,
  processesMatchedByIdentifier: 1,
  decision,
});

function answers(overrides: Record<string, (variables: Record<string, unknown>) => unknown> = {}) {
  return fakeGraphQLApi({
    Viewer: () => ADMIN_VIEWER,
    UnmatchedContractBuyers: () => ({ data: { unmatchedContractBuyers: connection([JOINT]) } }),
    ContractBuyerDecisions: () => ({ data: { contractBuyerDecisions: connection([DECISION]) } }),
    ...overrides,
  });
}

function renderPage() {
  render(
    <QueryClientProvider
      client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
    >
      <MemoryRouter initialEntries={['/contracts/buyers']}>
        <Routes>
          <Route path="/contracts/buyers" element={<ContractBuyersPage />} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

const card = async (name: string) =>
  (await screen.findByRole('heading', { level: 3, name })).closest(
    '.govuk-summary-card',
  ) as HTMLElement;

describe('ContractBuyersPage', () => {
  // accessible-autocomplete (Preact's React build) warns of renamed lifecycles: not ours to fix.
  beforeAll(() => jest.spyOn(console, 'warn').mockImplementation(() => undefined));
  afterAll(() => jest.restoreAllMocks());

  it('tells anyone but a platform admin plainly, and asks the API for nothing', async () => {
    const sent = answers({ Viewer: () => DERBY_EDITOR_VIEWER });
    renderPage();
    await screen.findByRole('heading', {
      level: 1,
      name: 'You need to be a platform admin to match contract buyers',
    });
    expect(sent.map((request) => request.operation)).toEqual(['Viewer']);
  });

  it('lists each buyer with its contracts, why it is unsure and its candidates; a candidate matches at a press', async () => {
    const sent = answers({
      MatchContractBuyer: () => ({
        data: {
          matchContractBuyer: outcome({
            council: { code: 'DER', officialName: 'Derby City Council' },
            notACouncil: false,
          }),
        },
      }),
    });
    renderPage();
    const joint = await card(JOINT.buyerName);
    expect(joint).toHaveTextContent('4 contracts published under this name.');
    expect(joint).toHaveTextContent('Why it was not matched: the name names more than one council');
    expect(
      within(joint)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Street lighting', 'Winter gritting']);
    screen.getByText('1 buyer name waiting, most contracts first.');

    await userEvent.click(
      within(joint).getByRole('button', {
        name: `Match to Derby City Council for ${JOINT.buyerName}`,
      }),
    );
    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent(
      `“${JOINT.buyerName}” is now matched to Derby City Council: 4 contracts updated. 1 contract kept the council their buyer identifier names.`,
    );
    expect(sent.find((request) => request.operation === 'MatchContractBuyer')?.variables).toEqual({
      input: { nameKey: JOINT.nameKey, councilCode: 'DER' },
    });
    // The queue and the decisions are fetched again.
    await waitFor(() =>
      expect(
        sent.filter((request) => request.operation === 'UnmatchedContractBuyers'),
      ).toHaveLength(2),
    );
    expect(sent.filter((request) => request.operation === 'ContractBuyerDecisions')).toHaveLength(
      2,
    );
  });

  it('matches any council chosen by name, former ones too', async () => {
    const sent = answers({
      ContractBuyerCouncilOptions: () => ({
        data: {
          councils: {
            edges: [
              {
                node: {
                  code: 'FHE',
                  officialName: 'Forest Heath District Council',
                  isCurrent: false,
                },
              },
            ],
          },
        },
      }),
      MatchContractBuyer: () => ({
        data: {
          matchContractBuyer: outcome({
            council: { code: 'FHE', officialName: 'Forest Heath District Council' },
            notACouncil: false,
          }),
        },
      }),
    });
    renderPage();
    const joint = await card(JOINT.buyerName);
    await userEvent.type(
      within(joint).getByRole('combobox', { name: /Another council/ }),
      'forest',
    );
    await userEvent.click(
      await screen.findByRole('option', { name: /Forest Heath District Council/ }),
    );
    expect(screen.getByRole('option', { name: /FHE, former council/ })).toBeInTheDocument();
    await userEvent.click(
      within(joint).getByRole('button', {
        name: `Match to the chosen council for ${JOINT.buyerName}`,
      }),
    );
    await screen.findByText(/is now matched to Forest Heath District Council/);
    expect(sent.find((request) => request.operation === 'MatchContractBuyer')?.variables).toEqual({
      input: { nameKey: JOINT.nameKey, councilCode: 'FHE' },
    });
  });

  it('asks for a council before sending, and shows the API’s refusal at the field', async () => {
    const sent = answers({
      MatchContractBuyer: () =>
        refusedWith([
          { field: 'councilCode', message: 'No council in the register has that code' },
        ]),
    });
    renderPage();
    const joint = await card(JOINT.buyerName);
    const submit = within(joint).getByRole('button', {
      name: `Match to the chosen council for ${JOINT.buyerName}`,
    });
    await userEvent.click(submit);
    expect(
      within(joint).getByRole('combobox', { name: /Another council/ }),
    ).toHaveAccessibleDescription(/Choose a council from the list/);
    expect(sent.some((request) => request.operation === 'MatchContractBuyer')).toBe(false);

    await userEvent.click(
      within(joint).getByRole('button', {
        name: `Match to Nottingham City Council for ${JOINT.buyerName}`,
      }),
    );
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: 'No council in the register has that code' }),
    ).toHaveAttribute('href', '#council-derby-city-council-nottingham-city-council');
    expect(
      within(joint).getByRole('combobox', { name: /Another council/ }),
    ).toHaveAccessibleDescription(/No council in the register has that code/);
  });

  it('records a buyer as not a council, and undoes a decision', async () => {
    const sent = answers({
      RejectContractBuyer: () => ({
        data: { rejectContractBuyer: outcome({ council: null, notACouncil: true }) },
      }),
      UndoContractBuyerDecision: () => ({
        data: {
          undoContractBuyerDecision: {
            ...outcome(null, 'Derby CC'),
            processesMatchedByIdentifier: 0,
          },
        },
      }),
    });
    renderPage();
    const joint = await card(JOINT.buyerName);
    await userEvent.click(
      within(joint).getByRole('button', { name: `Not a council for ${JOINT.buyerName}` }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(/is now recorded as not a council/);
    expect(sent.find((request) => request.operation === 'RejectContractBuyer')?.variables).toEqual({
      nameKey: JOINT.nameKey,
    });

    const table = screen.getByRole('table', { name: '1 decision, newest first' });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(
      /Derby CC.*Derby City Council.*2.*Ada Admin.*30 Nov 2026/,
    );
    await userEvent.click(
      within(table).getByRole('button', { name: 'Undo the decision for Derby CC' }),
    );
    await screen.findByText('The decision for “Derby CC” was undone: 4 contracts updated.');
    expect(
      sent.find((request) => request.operation === 'UndoContractBuyerDecision')?.variables,
    ).toEqual({
      nameKey: 'derby cc',
    });
  });

  it('has no WCAG A or AA failures axe can find without a browser', async () => {
    answers();
    renderPage();
    await card(JOINT.buyerName);
    await screen.findByRole('table', { name: '1 decision, newest first' });
    const result = await axe.run(document.body, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      // jsdom lays nothing out: colours are checked in the browser journeys.
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(result.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });

  it('says when nothing is waiting and no decision is taken yet', async () => {
    answers({
      UnmatchedContractBuyers: () => ({ data: { unmatchedContractBuyers: connection([]) } }),
      ContractBuyerDecisions: () => ({ data: { contractBuyerDecisions: connection([]) } }),
    });
    renderPage();
    await screen.findByText('No buyer names are waiting for a decision.');
    await screen.findByText('No decisions yet.');
  });

  it('shows the problem when the list cannot be loaded', async () => {
    answers({
      UnmatchedContractBuyers: () => ({
        errors: [
          { message: 'Something went wrong', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
        ],
      }),
    });
    renderPage();
    await screen.findByRole('heading', { level: 1, name: 'Sorry, there is a problem' });
  });
});
