import { DERBY_EDITOR_VIEWER, fakeGraphQLApi, refusedWith } from '@lgx/web/util';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';

import { NewCaseStudyPage } from './new-case-study-page';

describe('NewCaseStudyPage', () => {
  it("reports every problem in one go: its own checks and the API's, merged", async () => {
    const sent = fakeGraphQLApi({
      Viewer: () => DERBY_EDITOR_VIEWER,
      CreateCaseStudy: () =>
        refusedWith([
          { field: 'title', message: 'Enter a title' },
          { field: 'summary', message: 'Enter a summary' },
          { field: 'hoursSavedPerYear', message: 'Hours saved must be a whole number from 0' },
          { field: 'sourceUrl', message: 'Enter a web address starting with https://' },
        ]),
    });
    render(
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter>
          <NewCaseStudyPage />
        </MemoryRouter>
      </QueryClientProvider>,
    );
    // The officer's details are offered as the contact.
    expect(await screen.findByRole('textbox', { name: 'Name' })).toHaveValue('Jo Smith');
    expect(screen.getByRole('textbox', { name: 'Email address' })).toHaveValue(
      'jo.smith@derby.gov.uk',
    );

    await userEvent.type(screen.getByRole('textbox', { name: /hours saved/i }), 'lots');
    const start = screen.getByRole('group', { name: /When did it start/ });
    await userEvent.type(within(start).getByRole('textbox', { name: 'Month' }), '4');
    await userEvent.type(screen.getByRole('textbox', { name: 'Source' }), 'not an address');
    await userEvent.click(screen.getByRole('button', { name: 'Save and preview' }));

    const summary = await screen.findByRole('alert');
    const messages = within(summary)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(messages).toEqual([
      'Enter a title',
      'Enter a summary',
      'Hours saved a year must be a whole number, like 1200',
      'Start date must include a day and year',
      'Enter a web address starting with https://',
    ]);
    // The API was asked once, with values it must refuse where the page found problems.
    const create = sent.filter((request) => request.operation === 'CreateCaseStudy');
    expect(create).toHaveLength(1);
    expect(create[0]!.variables['input']).toMatchObject({
      hoursSavedPerYear: -1,
      startDate: 'not a date',
    });
    // Only the date's empty boxes are marked.
    expect(within(start).getByRole('textbox', { name: 'Day' })).toHaveClass('govuk-input--error');
    expect(within(start).getByRole('textbox', { name: 'Month' })).not.toHaveClass(
      'govuk-input--error',
    );
  });
});
