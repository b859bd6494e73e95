import { DERBY_EDITOR_VIEWER, fakeGraphQLApi, refusedWith } from '@lgx/web/util';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';

import { EditCaseStudyPage } from './edit-case-study-page';

const term = (key: string) => ({ key, label: key });
const STUDY = {
  id: 'cs-1',
  title: 'Chatbot for council tax',
  summary: 'Answers questions at night',
  status: 'DRAFT',
  canEdit: true,
  leadCouncil: { code: 'DER', name: 'Derby' },
  stage: term('LIVE'),
  stoppedReason: null,
  challenge: '',
  whatWasDone: '',
  impact: '',
  lessonsLearned: '',
  body: '',
  investment: null,
  runningCostPerYear: null,
  cashableSavingsPerYear: null,
  investmentHigh: null,
  investmentUpTo: false,
  cashableSavingsHigh: null,
  cashableSavingsUpTo: false,
  cashableSavingsOver: 'YEAR',
  savingsPeriodYears: null,
  savingsPeriodYearsTo: null,
  projectType: { key: 'equipment-development', label: 'Equipment and development' },
  figuresBasis: 'FORECAST',
  hoursSavedPerYear: null,
  residentsAffected: null,
  nonCashableBenefits: null,
  evidenceLevel: null,
  serviceAreas: [],
  objectives: [],
  technologies: [],
  startDate: '2024-04-01',
  endDate: null,
  coAuthorCouncils: [{ code: 'NGM', name: 'Nottingham' }],
  coAuthorInvitations: [{ council: { code: 'LCE', name: 'Leicester' }, status: 'PENDING' }],
  contactName: null,
  contactEmail: null,
  licence: 'OGL-UK-3.0',
  sourceUrl: null,
};

describe('EditCaseStudyPage', () => {
  // accessible-autocomplete (Preact's React build) warns of renamed lifecycles: not ours to fix.
  beforeAll(() => jest.spyOn(console, 'warn').mockImplementation(() => undefined));
  afterAll(() => jest.restoreAllMocks());

  it("shows co-authors by name, and reports every problem in one go: its own and the API's", async () => {
    const sent = fakeGraphQLApi({
      Viewer: () => DERBY_EDITOR_VIEWER,
      CaseStudy: () => ({ data: { caseStudy: STUDY } }),
      UpdateCaseStudy: () =>
        refusedWith([
          { field: 'title', message: 'Enter a title' },
          { field: 'endDate', message: 'Enter the end date as a real date, like 2024-04-01' },
        ]),
    });
    render(
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter initialEntries={['/case-studies/cs-1/edit']}>
          <Routes>
            <Route path="/case-studies/:id/edit" element={<EditCaseStudyPage />} />
          </Routes>
        </MemoryRouter>
      </QueryClientProvider>,
    );
    const title = await screen.findByRole('textbox', { name: 'Title' });
    // The co-author and the council still asked, by name, each removable.
    screen.getByRole('button', { name: 'Remove Nottingham' });
    screen.getByRole('button', { name: 'Remove Leicester' });

    await userEvent.clear(title);
    const end = screen.getByRole('group', { name: /When did it end/ });
    for (const [box, typed] of [
      ['Day', '1'],
      ['Month', '13'],
      ['Year', '2025'],
    ])
      await userEvent.type(within(end).getByRole('textbox', { name: box }), typed!);
    await userEvent.click(screen.getByRole('button', { name: 'Save and preview' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('list')).toHaveTextContent(
      /^Enter a titleEnd date must be a real date$/,
    );
    const update = sent.filter((request) => request.operation === 'UpdateCaseStudy');
    expect(update).toHaveLength(1);
    expect(update[0]!.variables['input']).toMatchObject({
      endDate: 'not a date',
      coAuthorCouncilCodes: ['NGM', 'LCE'],
    });
    expect(within(end).getByRole('textbox', { name: 'Month' })).toHaveClass('govuk-input--error');
    expect(within(end).getByRole('textbox', { name: 'Day' })).not.toHaveClass('govuk-input--error');
  });
});
