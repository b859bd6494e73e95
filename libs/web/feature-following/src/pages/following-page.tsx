import { useViewer } from '@lgx/web/data-access';
import { Loading, ServiceProblem, usePageTitle } from '@lgx/web/ui';
import { Link } from 'react-router';

import { FollowingList } from '../components/following-list';
import { SignInFirst } from '../components/sign-in-first';
import { useFollowing } from '../hooks/use-following';

const TITLE = 'What you follow';

/** Everything the viewer follows: unfollow, and how often each one's digest comes. */
export function FollowingPage() {
  const viewer = useViewer();
  const signedIn = Boolean(viewer.data?.viewer.account);
  const following = useFollowing(signedIn);
  usePageTitle(TITLE, Boolean(following.changeError));
  if (viewer.data && !signedIn)
    return <SignInFirst title={TITLE} why="to follow councils, topics, components and searches." />;
  if (following.error) return <ServiceProblem message={following.error.message} />;
  const follows = following.data?.following;
  return (
    <>
      <h1 className="govuk-heading-l">{TITLE}</h1>
      <p className="govuk-body">
        You hear of new and updated records from what you follow on your{' '}
        <Link className="govuk-link" to="/notifications">
          notifications page
        </Link>
        , and in a digest email daily or weekly, as you choose for each (
        <Link className="govuk-link" to="/email-preferences">
          email preferences
        </Link>
        ).
      </p>
      <p className="govuk-body" role="status">
        {following.said}
      </p>
      {following.changeError && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {following.changeError}
        </p>
      )}
      {!follows ? (
        <Loading label="Loading what you follow" />
      ) : follows.length === 0 ? (
        <p className="govuk-body">
          You do not follow anything yet. Follow a council,{' '}
          <Link className="govuk-link" to="/topics">
            topic
          </Link>
          , component, supplier or procurement group from its page, or save a search from the{' '}
          <Link className="govuk-link" to="/search">
            search page
          </Link>
          .
        </p>
      ) : (
        <FollowingList
          follows={follows}
          pending={following.pending}
          onUnfollow={following.unfollow}
          onDigest={following.setDigest}
        />
      )}
    </>
  );
}
