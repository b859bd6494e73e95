import { Link } from 'react-router';

import { chosenTopics } from '../model/chosen-topics';
import type { SearchState } from '../model/search-state';

/** Links to the pages of the topics the search is filtered by, where they can be followed. */
export function SearchTopicLinks({ state }: { state: Pick<SearchState, 'facets'> }) {
  const topics = chosenTopics(state);
  if (topics.length === 0) return null;
  return (
    <p className="govuk-body-s">
      {topics.length === 1 ? 'Topic page: ' : 'Topic pages: '}
      {topics.map((topic, index) => (
        <span key={topic.followKey}>
          {index > 0 && ', '}
          <Link className="govuk-link" to={topic.path}>
            {topic.name}
          </Link>
        </span>
      ))}{' '}
      (follow a topic there to hear of what councils publish about it)
    </p>
  );
}
