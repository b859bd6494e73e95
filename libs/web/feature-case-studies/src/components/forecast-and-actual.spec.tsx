import { fakeGraphQLApi, refusedWith } from '@lgx/web/util';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentProps } from 'react';

import { ForecastAndActual } from './forecast-and-actual';

type Study = ComponentProps<typeof ForecastAndActual>['study'];

const money = (pence: string, formatted: string) => ({ pence, formatted });
const study: Study = {
  id: 'cs-1',
  canEdit: false,
  liveSince: '2024-01-15',
  actualsOverdue: true,
  investmentStated: '£200,000',
  runningCostPerYear: money('1000000', '£10,000'),
  cashableSavingsStated: '£90,000 a year',
  checkIns: [
    {
      months: 6,
      dueOn: '2024-07-15',
      status: 'RECORDED',
      actuals: {
        reportedAt: '2024-07-20',
        investmentToDate: money('21000000', '£210,000'),
        runningCostPerYear: null,
        cashableSavingsPerYear: money('4500000', '£45,000'),
        note: 'Half the savings so far',
      },
    },
    { months: 12, dueOn: '2025-01-15', status: 'OVERDUE', actuals: null },
    { months: 24, dueOn: '2026-01-15', status: 'NOT_DUE', actuals: null },
  ],
};

function renderPanel(shown: Study, answers: Parameters<typeof fakeGraphQLApi>[0] = {}) {
  const sent = fakeGraphQLApi(answers);
  render(
    <QueryClientProvider client={new QueryClient()}>
      <ForecastAndActual study={shown} />
    </QueryClientProvider>,
  );
  return sent;
}

describe('ForecastAndActual', () => {
  it('shows the forecast beside each check-in’s actuals, and "Actuals overdue" when one was missed', () => {
    renderPanel(study);
    expect(screen.getByRole('heading', { name: /Forecast and actual/ })).toHaveTextContent(
      'Actuals overdue',
    );
    const table = screen.getByRole('table', { name: 'Forecast beside the measured actuals' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent(/Forecast.*£200,000.*£10,000.*£90,000 a year/);
    expect(rows[2]).toHaveTextContent(/Actual at 6 months.*£210,000.*–.*£45,000.*Recorded/);
    expect(rows[2]).toHaveTextContent('Half the savings so far');
    expect(rows[3]).toHaveTextContent(/Actual at 12 months.*Actuals overdue.*due 15 January 2025/);
    expect(rows[4]).toHaveTextContent(/Not due yet/);
    // Only the case study's editors record actuals.
    expect(screen.queryByRole('button', { name: 'Save actuals' })).toBeNull();
  });

  it('shows nothing for a case study that has not gone live, and no tag when none is missed', () => {
    const { unmount } = render(
      <QueryClientProvider client={new QueryClient()}>
        <ForecastAndActual study={{ ...study, liveSince: null, checkIns: [] }} />
      </QueryClientProvider>,
    );
    expect(screen.queryByRole('heading', { name: /Forecast and actual/ })).toBeNull();
    unmount();
    renderPanel({ ...study, actualsOverdue: false });
    expect(screen.getByRole('heading', { name: /Forecast and actual/ })).not.toHaveTextContent(
      'overdue',
    );
  });

  it('lets an editor record a due check-in, offering only check-ins that have fallen due', async () => {
    const sent = renderPanel(
      { ...study, canEdit: true },
      { RecordCaseStudyActuals: () => ({ data: { recordCaseStudyActuals: study.checkIns } }) },
    );
    const checkIn = screen.getByRole('combobox', { name: 'Check-in' });
    expect(
      within(checkIn)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['6 months (due 15 July 2024)', '12 months (due 15 January 2025)']);
    expect(checkIn).toHaveValue('12');
    await userEvent.type(screen.getByRole('textbox', { name: /Cashable savings per year/ }), '50k');
    await userEvent.click(screen.getByRole('button', { name: 'Save actuals' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('12 month'));
    expect(sent[0]).toEqual({
      operation: 'RecordCaseStudyActuals',
      variables: {
        caseStudyId: 'cs-1',
        checkIn: 12,
        figures: {
          reportedAt: null,
          investmentToDate: null,
          runningCostPerYear: null,
          cashableSavingsPerYear: '50k',
          note: null,
        },
      },
    });
  });

  it('shows the API’s problem beside the field it names', async () => {
    renderPanel(
      { ...study, canEdit: true },
      {
        RecordCaseStudyActuals: () =>
          refusedWith([
            { field: 'reportedAt', message: 'The report date cannot be in the future' },
          ]),
      },
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save actuals' }));
    const field = await screen.findByRole('textbox', { name: /When were the figures measured/ });
    await waitFor(() => expect(field).toHaveAccessibleDescription(/cannot be in the future/));
    expect(screen.getByRole('alert')).toHaveTextContent('The report date cannot be in the future');
  });
});
