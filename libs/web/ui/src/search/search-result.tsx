import './search-results.scss';

import type { ReactNode } from 'react';

export type SearchResultTagColour = 'grey' | 'green' | 'purple' | 'orange' | 'teal' | 'blue';

interface SearchResultProps {
  /** The result's title, usually a link. */
  title: ReactNode;
  /** What kind of thing it is, shown as a tag. */
  tag: string;
  tagColour?: SearchResultTagColour;
  /** Short facts after the tag, such as the council's name. */
  meta?: ReactNode[];
  summary?: ReactNode;
  /** Shown after the summary, such as a case study's headline figures. */
  details?: ReactNode;
}

/** One result in a list of search results (an `li`): title, tag and facts, then the summary. */
export function SearchResult({
  title,
  tag,
  tagColour = 'blue',
  meta = [],
  summary,
  details,
}: SearchResultProps) {
  return (
    <li className="lgx-search-result">
      <h3 className="govuk-heading-s lgx-search-result__title">{title}</h3>
      <ul className="govuk-body-s lgx-search-result__meta">
        <li>
          <strong
            className={`govuk-tag${tagColour === 'blue' ? '' : ` govuk-tag--${tagColour}`} lgx-search-result__tag`}
          >
            {tag}
          </strong>
        </li>
        {meta.map((item, index) => (
          // A fact's identity is its place.
          <li key={index}>{item}</li>
        ))}
      </ul>
      {summary && <p className="govuk-body lgx-search-result__summary">{summary}</p>}
      {details}
    </li>
  );
}
