import { Radios } from '../components/radios';
import type { RenderLink } from '../layout/render-link';
import type { QuestionItem } from './question-item';
import { QuestionList } from './question-list';
import { TextForm } from './text-form';

export interface QuestionsPanelProps {
  /** "case study" or "component", for the words around the questions. */
  subjectWords: string;
  questions: QuestionItem[];
  totalCount: number;
  loading: boolean;
  loadError?: string;
  /** Whether the reader may ask (the API says). */
  canAsk: boolean;
  /** A visitor is offered to sign in, coming back here. */
  signedIn: boolean;
  signInHref: string;
  renderLink: RenderLink;
  /** The councils a new question goes to, by name. */
  askTo: string[];
  onAsk: (text: string, visibility: 'PUBLIC' | 'OFFICERS') => Promise<unknown>;
  asking: boolean;
  onAnswer: (questionId: string, text: string) => Promise<unknown>;
  answeringId?: string;
  now?: Date;
}

const listOf = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/** A case study's or component's questions and answers, and the form to ask one. */
export function QuestionsPanel(props: QuestionsPanelProps) {
  const { subjectWords, questions, totalCount, loading, loadError, canAsk, askTo } = props;
  return (
    <section aria-labelledby="questions-heading" className="lgx-no-print">
      <h2 className="govuk-heading-m" id="questions-heading">
        Questions and answers
      </h2>
      {loadError ? (
        <p className="govuk-body">The questions could not be loaded: {loadError}</p>
      ) : loading ? (
        <p className="govuk-body">Loading the questions…</p>
      ) : questions.length === 0 ? (
        <p className="govuk-body">No questions about this {subjectWords} yet.</p>
      ) : (
        <>
          {totalCount > questions.length && (
            <p className="govuk-body">
              The newest {questions.length} of {totalCount} questions.
            </p>
          )}
          <QuestionList
            questions={questions}
            onAnswer={props.onAnswer}
            answeringId={props.answeringId}
            now={props.now}
          />
        </>
      )}
      {canAsk ? (
        <>
          <h3 className="govuk-heading-s">Ask {listOf(askTo)} a question</h3>
          <TextForm
            id="question-text"
            label="What would you like to ask?"
            hint={`Their officers are told, and answer here. Your name and email address are not shown; your council’s name is.`}
            minLength={10}
            maxLength={2_000}
            what="question"
            submitLabel="Ask the question"
            busy={props.asking}
            onSubmit={(text, form) =>
              props.onAsk(
                text,
                form.get('question-visibility') === 'OFFICERS' ? 'OFFICERS' : 'PUBLIC',
              )
            }
          >
            <Radios
              id="question-visibility"
              name="question-visibility"
              legend="Who can see it"
              defaultValue="PUBLIC"
              items={[
                {
                  value: 'PUBLIC',
                  label: 'Everyone',
                  hint: 'The question and its answers are public.',
                },
                {
                  value: 'OFFICERS',
                  label: 'Council officers only',
                  hint: 'Only verified council officers see the question and its answers.',
                },
              ]}
            />
          </TextForm>
        </>
      ) : (
        <CannotAsk {...props} />
      )}
    </section>
  );
}

/** Why the reader sees no form: a visitor signs in; the councils asked answer instead. */
function CannotAsk({ signedIn, signInHref, renderLink, askTo, subjectWords }: QuestionsPanelProps) {
  if (!signedIn)
    return (
      <p className="govuk-body">
        {renderLink({
          href: signInHref,
          className: 'govuk-link',
          children: `Sign in to ask ${listOf(askTo)} a question`,
        })}{' '}
        about this {subjectWords}.
      </p>
    );
  return (
    <p className="govuk-body">
      Officers of {listOf(askTo)} answer questions about this {subjectWords} here.
    </p>
  );
}
