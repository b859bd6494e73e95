import { Details } from '../components/details';
import { Tag } from '../components/tag';
import { PlainText } from './plain-text';
import type { QuestionItem } from './question-item';
import { TextForm } from './text-form';
import { timeAgo } from './time-ago';

export interface QuestionListProps {
  questions: QuestionItem[];
  /** Answers a question; a rejection's message is shown on its form. */
  onAnswer: (questionId: string, text: string) => Promise<unknown>;
  /** The question whose answer is being sent. */
  answeringId?: string;
  /** For tests; the time "ago" is counted from. */
  now?: Date;
}

function asked(question: QuestionItem, now?: Date) {
  const who = question.askerCouncilName
    ? `an officer of ${question.askerCouncilName}`
    : 'an LGX member';
  return `Asked by ${who} ${timeAgo(question.askedAt, now)}`;
}

/** Questions and their answers, newest first; those not answered yet say so, and how long they have waited. */
export function QuestionList({ questions, onAnswer, answeringId, now }: QuestionListProps) {
  return (
    <ol className="govuk-list lgx-questions">
      {questions.map((question) => (
        <li key={question.id} className="govuk-!-margin-bottom-6" aria-label="Question">
          <PlainText text={question.text} className="govuk-body govuk-!-font-weight-bold" />
          <p className="govuk-body-s govuk-!-margin-bottom-2">
            {asked(question, now)}
            {question.visibility === 'OFFICERS' && (
              <>
                {' '}
                <Tag colour="purple">Officers only</Tag>
              </>
            )}
          </p>
          {question.answers.length === 0 ? (
            <p className="govuk-body">
              <Tag colour="grey">Not answered yet</Tag>
            </p>
          ) : (
            question.answers.map((answer) => (
              <div key={answer.id} className="govuk-inset-text govuk-!-margin-top-2">
                <PlainText text={answer.text} />
                <p className="govuk-body-s govuk-!-margin-bottom-0">
                  Answered by {answer.councilName} {timeAgo(answer.answeredAt, now)}
                </p>
              </div>
            ))
          )}
          {question.canAnswer && (
            <Details summary={question.answers.length ? 'Add an answer' : 'Answer this question'}>
              <TextForm
                id={`answer-${question.id}`}
                label="Your answer"
                hint={
                  question.visibility === 'OFFICERS'
                    ? 'Only council officers will see it, like the question.'
                    : 'Everyone will see it, with your council’s name.'
                }
                minLength={2}
                maxLength={5_000}
                what="answer"
                submitLabel="Send the answer"
                busy={answeringId === question.id}
                onSubmit={(text) => onAnswer(question.id, text)}
              />
            </Details>
          )}
        </li>
      ))}
    </ol>
  );
}
