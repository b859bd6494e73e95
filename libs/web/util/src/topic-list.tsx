import { topicOfTaxonomy, type TopicTaxonomyName } from '@lgx/shared/domain';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/**
 * A record's service areas, technologies or strategic objectives, each linked
 * to its topic's page (a value no taxonomy knows any more is shown as written).
 */
export function topicList(
  taxonomy: TopicTaxonomyName,
  terms: readonly { key: string; label: string }[],
  empty = 'None given',
): ReactNode {
  if (terms.length === 0) return empty;
  return (
    <ul className="govuk-list">
      {terms.map((term) => {
        const topic = topicOfTaxonomy(taxonomy, term.key);
        return (
          <li key={term.key}>
            {topic ? (
              <Link className="govuk-link" to={topic.path}>
                {term.label}
              </Link>
            ) : (
              term.label
            )}
          </li>
        );
      })}
    </ul>
  );
}
