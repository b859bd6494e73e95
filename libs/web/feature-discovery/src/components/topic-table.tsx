import { TOPIC_KINDS, type TopicKind } from '@lgx/shared/domain';
import type { TopicsQuery } from '@lgx/web/data-access';
import { Table } from '@lgx/web/ui';
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
      <Table
        caption={`${plural}, with their published case studies${components ? ' and components' : ''}`}
        captionHidden
        columns={[
          { label: 'Topic' },
          { label: 'Case studies', numeric: true },
          ...(components ? [{ label: 'Components', numeric: true }] : []),
        ]}
        rowHeaders
        rows={topics.map((topic) => ({
          key: topic.key,
          cells: [
            <Link className="govuk-link" to={topic.url}>
              {topic.name}
            </Link>,
            topic.caseStudyCount.toLocaleString('en-GB'),
            ...(components ? [(topic.componentCount ?? 0).toLocaleString('en-GB')] : []),
          ],
        }))}
      />
    </section>
  );
}
