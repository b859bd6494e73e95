import { TOPIC_KINDS, type TopicKind } from '@lgx/shared/domain';
import type { TopicsQuery } from '@lgx/web/data-access';
import { Link } from 'react-router';

interface TopicTableProps {
  kind: TopicKind;
  topics: readonly TopicsQuery['topics'][number][];
}

/** The topics of one kind, each linked to its page, with its published counts. */
export function TopicTable({ kind, topics }: TopicTableProps) {
  const { plural, description, components } = TOPIC_KINDS[kind];
  return (
    <section aria-labelledby={`topics-${kind}`}>
      <h2 className="govuk-heading-l" id={`topics-${kind}`}>
        {plural}
      </h2>
      <p className="govuk-body">{description}</p>
      <table className="govuk-table">
        <caption className="govuk-visually-hidden">
          {plural}, with their published case studies{components ? ' and components' : ''}
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Topic
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Case studies
            </th>
            {components && (
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                Components
              </th>
            )}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {topics.map((topic) => (
            <tr className="govuk-table__row" key={topic.key}>
              <th scope="row" className="govuk-table__header">
                <Link className="govuk-link" to={topic.url}>
                  {topic.name}
                </Link>
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {topic.caseStudyCount.toLocaleString('en-GB')}
              </td>
              {components && (
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  {(topic.componentCount ?? 0).toLocaleString('en-GB')}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
