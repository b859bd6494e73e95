import { DERBY_EDITOR_VIEWER, fakeGraphQLApi } from '@lgx/web/util';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';

import { CaseStudyQuestions } from './case-study-questions';

const NOTTINGHAM_OFFICER_VIEWER = {
  data: {
    viewer: {
      ...DERBY_EDITOR_VIEWER.data.viewer,
      council: { code: 'NOT', name: 'Nottingham City Council' },
      councilRole: 'OFFICER',
    },
  },
};
const VISITOR_VIEWER = {
  data: {
    viewer: {
      ...DERBY_EDITOR_VIEWER.data.viewer,
      account: null,
      council: null,
      councilRole: null,
    },
  },
};

const questions = (canAsk: boolean, asked: { text: string }[] = []) => ({
  data: {
    questions: {
      totalCount: asked.length,
      canAsk,
      askTo: ['Derby'],
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: asked.map((question, index) => ({
        node: {
          id: `q${index}`,
          text: question.text,
          visibility: 'PUBLIC',
          askedAt: new Date().toISOString(),
          askerCouncilName: 'Nottingham',
          askedCouncilNames: ['Derby'],
          canAnswer: false,
          answers: [],
        },
      })),
    },
  },
});

function renderSection(viewer: object, canAsk: boolean) {
  const asked: { text: string }[] = [];
  const sent = fakeGraphQLApi({
    Viewer: () => viewer,
    SubjectQuestions: () => questions(canAsk, asked),
    AskQuestion: (variables) => {
      asked.push({ text: (variables['input'] as { text: string }).text });
      return { data: { askQuestion: { id: 'q-new' } } };
    },
  });
  render(
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter initialEntries={['/case-studies/cs-1']}>
        <CaseStudyQuestions caseStudyId="cs-1" />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return sent;
}

describe('CaseStudyQuestions', () => {
  it('offers a visitor to sign in to ask, coming back to the case study', async () => {
    renderSection(VISITOR_VIEWER, false);
    const link = await screen.findByRole('link', { name: 'Sign in to ask Derby a question' });
    expect(link).toHaveAttribute('href', '/sign-in?returnTo=%2Fcase-studies%2Fcs-1');
  });

  it('asks the case study’s council and shows the question, not answered yet', async () => {
    const sent = renderSection(NOTTINGHAM_OFFICER_VIEWER, true);
    const user = userEvent.setup();
    await user.type(
      await screen.findByLabelText('What would you like to ask?'),
      'Which supplier built it?',
    );
    await user.click(screen.getByRole('button', { name: 'Ask the question' }));
    await screen.findByText('Which supplier built it?');
    expect(screen.getByText('Not answered yet')).toBeInTheDocument();
    await waitFor(() =>
      expect(sent.filter((request) => request.operation === 'AskQuestion')).toEqual([
        {
          operation: 'AskQuestion',
          variables: {
            input: {
              subjectType: 'CASE_STUDY',
              subjectId: 'cs-1',
              text: 'Which supplier built it?',
              visibility: 'PUBLIC',
            },
          },
        },
      ]),
    );
  });
});
