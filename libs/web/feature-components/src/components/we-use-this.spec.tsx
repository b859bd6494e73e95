import { fakeGraphQLApi, refusedWith } from '@lgx/web/util';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';

import { WeUseThis } from './we-use-this';

type Component = Parameters<typeof WeUseThis>[0]['component'];
const component = { id: 'c-1', name: 'Fault reporter', myAdoption: null } as unknown as Component;

describe('WeUseThis', () => {
  it("reports every problem in one go, its own and the API's, with GOV.UK date inputs", async () => {
    const sent = fakeGraphQLApi({
      CouncilCaseStudies: () => ({ data: { councilCaseStudies: [] } }),
      RecordAdoption: () =>
        refusedWith([
          { field: 'startedOn', message: 'Enter the date your council started as a real date' },
          { field: 'caseStudyId', message: 'Choose a case study from the list' },
          { field: 'note', message: 'The note must be 2,000 characters or fewer' },
        ]),
    });
    render(
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter>
          <WeUseThis component={component} council={{ code: 'NGM', name: 'Nottingham' }} />
        </MemoryRouter>
      </QueryClientProvider>,
    );
    const started = screen.getByRole('group', { name: /When did you start/ });
    await userEvent.type(within(started).getByRole('textbox', { name: 'Day' }), '31');
    await userEvent.type(within(started).getByRole('textbox', { name: 'Month' }), '2');
    await userEvent.type(within(started).getByRole('textbox', { name: 'Year' }), '2024');
    await userEvent.type(screen.getByRole('textbox', { name: /Note/ }), 'A long note');
    await userEvent.click(screen.getByRole('button', { name: 'We use this' }));

    const summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Choose evaluating, in use or stopped using', '#adoption-status'],
      ['The date you started must be a real date', '#adoption-started-on-day'],
      ['The note must be 2,000 characters or fewer', '#adoption-note'],
    ]);
    const record = sent.filter((request) => request.operation === 'RecordAdoption');
    expect(record).toHaveLength(1);
    expect(record[0]!.variables['input']).toMatchObject({ startedOn: 'not a date' });
    expect(within(started).getByRole('textbox', { name: 'Day' })).toHaveClass('govuk-input--error');
    expect(within(started).getByRole('textbox', { name: 'Year' })).not.toHaveClass(
      'govuk-input--error',
    );
  });
});
