import { FollowingDocument, useFollowedNews, useGraphQLQuery } from '@lgx/web/data-access';
import { Tag, timeAgo } from '@lgx/web/ui';
import { Link } from 'react-router';

import { countOf } from '../model/for-you';
import { ForYouSection } from './for-you-section';

const ALL = (
  <Link className="govuk-link" to="/notifications">
    All your notifications
  </Link>
);

/** "New from what you follow": the newest notifications of follows, unread ones marked. */
export function FollowedNews() {
  const { news, totalCount, loading, loadError, markRead } = useFollowedNews({ enabled: true });
  // Only asked when there is no news: whether to say "follow something" or "nothing new yet".
  const follows = useGraphQLQuery(FollowingDocument, {}, { enabled: !loading && totalCount === 0 });
  const following = follows.data?.following.length ?? 0;
  return (
    <ForYouSection
      id="for-you-followed"
      heading="New from what you follow"
      loadingLabel="Loading news of what you follow"
      loading={loading}
      failed={
        loadError && (
          <>News of what you follow cannot be shown just now. Try again in a few minutes.</>
        )
      }
    >
      {totalCount === 0 ? (
        <p className="govuk-body">
          {following > 0
            ? `Nothing new yet from the ${countOf(following, 'thing', 'things')} you follow. Follow more councils, topics or components, or save a search, to hear of more: see `
            : 'Nothing new yet. Follow councils, topics or components, or save a search, to see new work here: see '}
          <Link className="govuk-link" to="/following">
            what you follow
          </Link>{' '}
          or{' '}
          <Link className="govuk-link" to="/search">
            search LGX
          </Link>
          .
        </p>
      ) : (
        <>
          <ul className="govuk-list">
            {news.map((item) => (
              <li key={item.id} className="govuk-!-margin-bottom-3">
                {!item.readAt && (
                  <>
                    <Tag colour="blue">New</Tag>{' '}
                  </>
                )}
                <Link className="govuk-link" to={item.url} onClick={() => markRead(item)}>
                  {item.title}
                </Link>
                <span className="govuk-body-s govuk-hint govuk-!-display-block govuk-!-margin-bottom-0">
                  {item.reason}, {timeAgo(item.createdAt)}.
                </span>
              </li>
            ))}
          </ul>
          <p className="govuk-body">{ALL}</p>
        </>
      )}
    </ForYouSection>
  );
}
