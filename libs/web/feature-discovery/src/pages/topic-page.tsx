import { topicOfFollowKey, topicSearchPath } from '@lgx/shared/domain';
import { TopicPageDocument, type TopicPageQuery, useGraphQLQuery } from '@lgx/web/data-access';
import { Breadcrumbs, Loading, usePageTitle } from '@lgx/web/ui';
import { QueryFailure, routerLink } from '@lgx/web/util';
import { useParams } from 'react-router';

import { describeCaseStudy, describeComponent, FrontDoorList } from '../components/front-door-list';
import { TopicFeedLink } from '../components/topic-feed-link';
import { TopicFollow } from '../components/topic-follow';
import { TopicNotFound } from '../components/topic-not-found';
import { seeAll } from '../model/topic-counts';

type TopicOnPage = NonNullable<TopicPageQuery['topic']>;

/** A topic: what it is, a follow button, and its newest published case studies and components. */
export function TopicPage() {
  const { kind = '', slug = '' } = useParams();
  const { data, error, isPending } = useGraphQLQuery(TopicPageDocument, { kind, slug });
  const topic = data?.topic;
  usePageTitle(topic?.name ?? (isPending ? 'Topic' : 'Topic not found'), Boolean(error));
  const breadcrumbs = (
    <Breadcrumbs
      renderLink={routerLink}
      items={[
        { label: 'Home', href: '/' },
        { label: 'Topics', href: '/topics' },
      ]}
    />
  );
  let body;
  if (error)
    body = (
      <QueryFailure
        error={error}
        otherwise={
          <p className="govuk-body" role="status">
            This topic cannot be shown just now. Try again in a few minutes.
          </p>
        }
      />
    );
  else if (isPending) body = <Loading label="Loading topic" />;
  else if (!topic) body = <TopicNotFound kind={kind} slug={slug} />;
  else body = <TopicDetails topic={topic} />;
  return (
    <>
      {breadcrumbs}
      {body}
    </>
  );
}

function TopicDetails({ topic }: { topic: TopicOnPage }) {
  const term = topicOfFollowKey(topic.key);
  const searchFor = (type: 'case-study' | 'component') =>
    term ? topicSearchPath(term, type) : '/search';
  return (
    <>
      <span className="govuk-caption-l">{topic.kindLabel}</span>
      <h1 className="govuk-heading-xl">{topic.name}</h1>
      <p className="govuk-body">{topic.description}</p>
      <TopicFollow topic={topic} />
      {term && <TopicFeedLink topic={term} />}
      <FrontDoorList
        id="topic-case-studies"
        heading={`Case studies (${topic.caseStudyCount})`}
        hits={topic.caseStudies}
        empty={`No council has published a case study about ${topic.name} yet.`}
        describe={describeCaseStudy}
        more={{
          href: searchFor('case-study'),
          label: seeAll(topic.caseStudyCount, 'case study', 'case studies', topic.name),
        }}
      />
      {topic.componentCount !== null && (
        <FrontDoorList
          id="topic-components"
          heading={`Reusable components (${topic.componentCount})`}
          hits={topic.components}
          empty={`No council has published a component for ${topic.name} yet.`}
          describe={describeComponent}
          more={{
            href: searchFor('component'),
            label: seeAll(topic.componentCount, 'component', 'components', topic.name),
          }}
        />
      )}
    </>
  );
}
