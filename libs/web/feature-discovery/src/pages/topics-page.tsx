import { TOPIC_KINDS, type TopicKind } from '@lgx/shared/domain';
import { TopicsDocument, type TopicsQuery, useGraphQLQuery } from '@lgx/web/data-access';
import { Breadcrumbs, Loading, usePageTitle } from '@lgx/web/ui';
import { QueryFailure, routerLink } from '@lgx/web/util';

import { TopicTable } from '../components/topic-table';

type TopicRow = TopicsQuery['topics'][number];

/** Every topic, kind by kind, with how many published case studies and components have it. */
export function TopicsPage() {
  usePageTitle('Topics');
  const { data, error } = useGraphQLQuery(TopicsDocument, {});
  let body;
  if (error)
    body = (
      <QueryFailure
        error={error}
        otherwise={
          <p className="govuk-body" role="status">
            Topics cannot be listed just now. Try again in a few minutes.
          </p>
        }
      />
    );
  else if (!data) body = <Loading label="Loading topics" />;
  else
    body = (Object.keys(TOPIC_KINDS) as TopicKind[]).map((kind) => (
      <TopicTable
        key={kind}
        kind={kind}
        topics={data.topics.filter((topic: TopicRow) => topic.kind === kind)}
      />
    ));
  return (
    <>
      <Breadcrumbs renderLink={routerLink} items={[{ label: 'Home', href: '/' }]} />
      <h1 className="govuk-heading-xl">Topics</h1>
      <p className="govuk-body-l">
        Browse what councils share by service area, technology and strategic objective, and follow a
        topic to hear when a council publishes something about it.
      </p>
      {body}
    </>
  );
}
