import { TOPIC_KINDS, type TopicKind, topicsOfKind } from '@lgx/shared/domain';
import { Link } from 'react-router';

/**
 * When the address names no topic: what was asked for, and where the topics
 * are (those of the kind asked for, when the kind exists).
 */
export function TopicNotFound({ kind, slug }: { kind: string; slug: string }) {
  const known = Object.hasOwn(TOPIC_KINDS, kind) ? (kind as TopicKind) : null;
  return (
    <>
      <h1 className="govuk-heading-l">Topic not found</h1>
      <p className="govuk-body">
        {known && !slug && `Choose a ${TOPIC_KINDS[known].label.toLowerCase()} below.`}
        {known && slug && `There is no ${TOPIC_KINDS[known].label.toLowerCase()} “${slug}”.`}
        {!known &&
          `There is no kind of topic “${kind}”: topics are service areas, technologies and strategic objectives.`}{' '}
        Check the address, or choose from{' '}
        <Link className="govuk-link" to="/topics">
          every topic
        </Link>
        .
      </p>
      {known && (
        <>
          <h2 className="govuk-heading-m">{TOPIC_KINDS[known].plural}</h2>
          <ul className="govuk-list">
            {topicsOfKind(known).map((topic) => (
              <li key={topic.key}>
                <Link className="govuk-link" to={topic.path}>
                  {topic.name}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
