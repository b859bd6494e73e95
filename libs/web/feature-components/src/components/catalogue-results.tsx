import { adoptionPhrase, SEARCH_RESULT_CAP } from '@lgx/shared/domain';
import type { ComponentCatalogueQuery } from '@lgx/web/data-access';
import { cursorPageNumber, nextCursorPage, Pagination, previousCursorPage, Tag } from '@lgx/web/ui';
import { useRef } from 'react';
import { Link } from 'react-router';

import { cataloguePath, type CatalogueState } from '../model/catalogue-state';

type Results = ComponentCatalogueQuery['search'];
type Hit = Results['edges'][number]['node'];

/** One component found: its title, summary, maintainer and how many councils use it. */
function CatalogueHit({ node }: { node: Hit }) {
  return (
    <li className="govuk-!-margin-bottom-6">
      <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
        <Link className="govuk-link" to={node.url}>
          {node.title}
        </Link>
      </h3>
      <p className="govuk-body govuk-!-margin-bottom-1">{node.summary}</p>
      <p className="govuk-body-s govuk-!-margin-bottom-0">
        {node.councilName && <>Maintained by {node.councilName}. </>}
        {adoptionPhrase(node.adoptionCount ?? 0)}.
        {node.possiblyStale && (
          <>
            {' '}
            <Tag colour="yellow">Possibly stale</Tag>
          </>
        )}
      </p>
    </li>
  );
}

interface CatalogueResultsProps {
  state: CatalogueState;
  results: Results;
  pageSize: number;
}

/** How many components match, the page of them, and links to the pages either side. */
export function CatalogueResults({ state, results, pageSize }: CatalogueResultsProps) {
  const page = cursorPageNumber(state);
  const heading = useRef<HTMLHeadingElement>(null);
  // The API pages through at most SEARCH_RESULT_CAP results.
  const pages = Math.ceil(Math.min(results.totalCount, SEARCH_RESULT_CAP) / pageSize);
  const { hasNextPage, endCursor } = results.pageInfo;
  return (
    <>
      <h2
        className="govuk-heading-m"
        id="catalogue-results"
        aria-live="polite"
        ref={heading}
        tabIndex={-1}
      >
        {results.totalCount === 1 ? '1 component' : `${results.totalCount} components`}
        {pages > 1 && (
          <span className="govuk-caption-m">
            Page {page} of {pages}
          </span>
        )}
      </h2>
      {results.edges.length === 0 ? (
        <p className="govuk-body">No components match. Try fewer filters or other words.</p>
      ) : (
        <ol className="govuk-list lgx-catalogue" aria-labelledby="catalogue-results">
          {results.edges.map(({ node }) => (
            <CatalogueHit key={node.id} node={node} />
          ))}
        </ol>
      )}
      <Pagination
        label="Pages of components"
        renderLink={({ href, className, rel, onClick, children }) => (
          <Link to={href} className={className} rel={rel} onClick={onClick}>
            {children}
          </Link>
        )}
        onNavigate={() => heading.current?.focus()}
        previous={
          state.after
            ? { href: cataloguePath(previousCursorPage(state)), label: `${page - 1} of ${pages}` }
            : undefined
        }
        next={
          hasNextPage && endCursor
            ? {
                href: cataloguePath(nextCursorPage(state, endCursor)),
                label: `${page + 1} of ${pages}`,
              }
            : undefined
        }
      />
    </>
  );
}
