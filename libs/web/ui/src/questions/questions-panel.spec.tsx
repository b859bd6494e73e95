import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { QuestionItem } from './question-item';
import { QuestionsPanel, type QuestionsPanelProps } from './questions-panel';

const NOW = new Date('2026-06-15T12:00:00Z');

const waiting: QuestionItem = {
  id: 'q1',
  text: 'How many calls did it take away?\nAnd at what times of day?',
  visibility: 'PUBLIC',
  askedAt: '2026-06-12T11:00:00Z',
  askerCouncilName: 'Kent',
  canAnswer: false,
  answers: [],
};
const answered: QuestionItem = {
  id: 'q2',
  text: 'What did the licence cost?',
  visibility: 'OFFICERS',
  askedAt: '2026-06-15T09:00:00Z',
  askerCouncilName: null,
  canAnswer: false,
  answers: [
    { id: 'a1', text: '£12,000 a year.', councilName: 'Derby', answeredAt: '2026-06-15T11:30:00Z' },
  ],
};

function renderPanel(props: Partial<QuestionsPanelProps> = {}) {
  const onAsk = jest.fn().mockResolvedValue({});
  const onAnswer = jest.fn().mockResolvedValue({});
  render(
    <QuestionsPanel
      subjectWords="case study"
      questions={[waiting, answered]}
      totalCount={2}
      loading={false}
      canAsk
      signedIn
      signInHref="/sign-in?returnTo=%2Fhere"
      renderLink={({ href, className, children }) => (
        <a href={href} className={className}>
          {children}
        </a>
      )}
      askTo={['Derby', 'Nottingham']}
      onAsk={onAsk}
      asking={false}
      onAnswer={onAnswer}
      now={NOW}
      {...props}
    />,
  );
  return { onAsk, onAnswer };
}

const questionItems = () => screen.getAllByRole('listitem', { name: 'Question' });

describe('QuestionsPanel', () => {
  it('marks an unanswered question, with how long it has waited, and shows answers with their council', () => {
    renderPanel();
    const [first, second] = questionItems();
    expect(first).toHaveTextContent('Not answered yet');
    expect(first).toHaveTextContent('Asked by an officer of Kent 3 days ago');
    // Line breaks are kept, as plain text.
    expect(within(first!).getByText(/How many calls/).textContent).toBe(waiting.text);
    expect(second).not.toHaveTextContent('Not answered yet');
    expect(second).toHaveTextContent('Officers only');
    expect(second).toHaveTextContent('Asked by an LGX member 3 hours ago');
    expect(second).toHaveTextContent('£12,000 a year.Answered by Derby 30 minutes ago');
  });

  it('shows text as text, never as markup', () => {
    renderPanel({ questions: [{ ...waiting, text: '<img src=x onerror=alert(1)> **bold**' }] });
    expect(screen.getByText('<img src=x onerror=alert(1)> **bold**')).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });

  it('says when there are no questions yet, and offers a visitor to sign in to ask', () => {
    renderPanel({ questions: [], totalCount: 0, canAsk: false, signedIn: false });
    expect(screen.getByText('No questions about this case study yet.')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Sign in to ask Derby and Nottingham a question' }),
    ).toHaveAttribute('href', '/sign-in?returnTo=%2Fhere');
    expect(screen.queryByLabelText('What would you like to ask?')).toBeNull();
  });

  it('tells an officer of a council asked that their council answers here', () => {
    renderPanel({ canAsk: false });
    expect(
      screen.getByText(
        'Officers of Derby and Nottingham answer questions about this case study here.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByLabelText('What would you like to ask?')).toBeNull();
  });

  it('asks the councils, publicly unless officers only is chosen, and clears the form', async () => {
    const user = userEvent.setup();
    const { onAsk } = renderPanel();
    expect(
      screen.getByRole('heading', { name: 'Ask Derby and Nottingham a question' }),
    ).toBeInTheDocument();
    await user.type(
      screen.getByLabelText('What would you like to ask?'),
      'Which supplier built it?',
    );
    await user.click(screen.getByRole('button', { name: 'Ask the question' }));
    expect(onAsk).toHaveBeenLastCalledWith('Which supplier built it?', 'PUBLIC');
    expect(screen.getByLabelText('What would you like to ask?')).toHaveValue('');

    await user.click(screen.getByLabelText('Council officers only'));
    await user.type(screen.getByLabelText('What would you like to ask?'), 'And what did it cost?');
    await user.click(screen.getByRole('button', { name: 'Ask the question' }));
    expect(onAsk).toHaveBeenLastCalledWith('And what did it cost?', 'OFFICERS');
  });

  it('refuses an empty or short question before sending, and shows what the API refused', async () => {
    const user = userEvent.setup();
    const { onAsk } = renderPanel();
    await user.click(screen.getByRole('button', { name: 'Ask the question' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Write your question');
    await user.type(screen.getByLabelText(/What would you like to ask/), 'Why?');
    await user.click(screen.getByRole('button', { name: 'Ask the question' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Write your question in 10 to 2,000 characters',
    );
    expect(onAsk).not.toHaveBeenCalled();

    onAsk.mockRejectedValueOnce(new Error('You can ask 5 questions a day. Try again tomorrow.'));
    await user.clear(screen.getByLabelText(/What would you like to ask/));
    await user.type(
      screen.getByLabelText(/What would you like to ask/),
      'One question too many today',
    );
    await user.click(screen.getByRole('button', { name: 'Ask the question' }));
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('You can ask 5 questions a day.'),
    );
    expect(screen.getByLabelText(/What would you like to ask/)).toHaveValue(
      'One question too many today',
    );
  });

  it('lets the officers it was put to answer, and no one else', async () => {
    const user = userEvent.setup();
    const { onAnswer } = renderPanel({ questions: [{ ...waiting, canAnswer: true }, answered] });
    const [first, second] = questionItems();
    expect(within(second!).queryByText('Answer this question')).toBeNull();
    await user.click(within(first!).getByText('Answer this question'));
    await user.type(within(first!).getByLabelText(/Your answer/), 'About a third.');
    await user.click(within(first!).getByRole('button', { name: 'Send the answer' }));
    expect(onAnswer).toHaveBeenCalledWith('q1', 'About a third.');
  });
});
