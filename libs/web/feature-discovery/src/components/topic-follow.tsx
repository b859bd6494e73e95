import { useFollow } from '@lgx/web/data-access';
import { FollowButton } from '@lgx/web/ui';
import { signInPath, useHere } from '@lgx/web/util';
import { Link } from 'react-router';

/** Follow a topic; a visitor is offered to sign in and come back here. */
export function TopicFollow({ topic }: { topic: { key: string; name: string } }) {
  const follow = useFollow({ kind: 'TOPIC', targetId: topic.key });
  const here = useHere();
  if (follow.following === null)
    return (
      <p className="govuk-body">
        <Link className="govuk-link" to={signInPath(here)}>
          Sign in to follow {topic.name}
        </Link>{' '}
        and hear of new case studies and components about it.
      </p>
    );
  return <FollowButton name={topic.name} {...follow} />;
}
