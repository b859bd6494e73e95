import { useMyCouncilQuestions } from '@lgx/web/data-access';
import { timeAgo } from '@lgx/web/ui';
import { Link } from 'react-router';

import { countOf, FOR_YOU_SHOWN, quoteOf } from '../model/for-you';
import { ForYouSection } from './for-you-section';

/** "Questions waiting for your council": how many, and the newest few, each linked to its subject. */
export function CouncilQuestions({ councilName }: { councilName: string }) {
  const { questions, totalCount, loading, loadError } = useMyCouncilQuestions({
    first: FOR_YOU_SHOWN,
  });
  return (
    <ForYouSection
      id="for-you-questions"
      heading="Questions waiting for your council"
      loadingLabel="Loading questions to your council"
      loading={loading}
      failed={
        loadError && (
          <>
            Questions to {councilName} cannot be shown just now. Try again in a few minutes; each
            case study and component page shows its questions too.
          </>
        )
      }
    >
      {totalCount === 0 ? (
        <p className="govuk-body">
          No question is waiting for an answer from {councilName}. When someone asks about one of
          its case studies or components, the question shows here for any of its officers to answer.
        </p>
      ) : (
        <>
          <p className="govuk-body">
            {countOf(totalCount, 'question is', 'questions are')} waiting for an answer
            {totalCount > questions.length ? `; the newest ${questions.length}:` : ':'}
          </p>
          <ul className="govuk-list">
            {questions.map((question) => (
              <li key={question.id} className="govuk-!-margin-bottom-3">
                <span className="govuk-!-display-block">“{quoteOf(question.text)}”</span>
                <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">
                  {question.subjectTitle ? (
                    <>
                      About{' '}
                      <Link className="govuk-link" to={question.subjectPath}>
                        {question.subjectTitle}
                      </Link>
                    </>
                  ) : (
                    'About a case study or component you cannot open now'
                  )}
                  , asked {question.askerCouncilName ? `by ${question.askerCouncilName} ` : ''}
                  {timeAgo(question.askedAt)}.
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </ForYouSection>
  );
}
