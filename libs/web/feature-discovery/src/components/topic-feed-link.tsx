import { type Topic, TOPIC_KINDS, topicFeedPath } from '@lgx/shared/domain';
import { FeedLink } from '@lgx/web/ui';

/** A topic's Atom feed, for people who read feeds rather than follow on LGX. */
export function TopicFeedLink({ topic }: { topic: Topic }) {
  const what = TOPIC_KINDS[topic.kind].components ? 'case studies and components' : 'case studies';
  return (
    <FeedLink
      href={topicFeedPath(topic)}
      title={`${topic.name} on LGX`}
      hint={`(new public ${what} about it: paste the link into a feed reader)`}
    >
      Atom feed<span className="govuk-visually-hidden"> of {topic.name}</span>
    </FeedLink>
  );
}
