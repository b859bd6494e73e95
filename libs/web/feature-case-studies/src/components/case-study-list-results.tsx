import { SEARCH_RESULT_CAP } from '@lgx/shared/domain';
import type { CaseStudyListQuery } from '@lgx/web/data-access';
import {
  cursorPageNumber,
  nextCursorPage,
  Pagination,
  paybackYearText,
  previousCursorPage,
} from '@lgx/web/ui';
import { useRef } from 'react';
import { Link } from 'react-router';

import {
  CASE_STUDY_LIST_PAGE_SIZE,
  caseStudyListPath,
  type CaseStudyListState,
} from '../model/case-study-list-state';

type Results = CaseStudyListQuery['search'];
type Item = Results['edges'][number]['node'];

function published(item: Item): string | null {
  if (!item.publishedAt) return null;
  const date = new Date(String(item.publishedAt));
  return `Published ${date.toLocaleDateString('en-GB', { month: 'long', year: 'numeric' })}`;
}

/** One case study: its title, summary, council and what it saved. */
function CaseStudyListItem({ item }: { item: Item }) {
  const facts = [
    item.councilName,
    published(item),
    item.cashableSavingsStated && `saves ${item.cashableSavingsStated}`,
    item.netPresentValue &&
      `net present value ${item.netPresentValue.formatted} (${item.figuresBasis?.toLowerCase() ?? 'forecast'})`,
    item.netPresentValue &&
      (item.paybackYear === null
        ? 'not paid back within the period'
        : `pays back ${paybackYearText(item.paybackYear).toLowerCase()}`),
    !item.netPresentValue && item.figuresNotWorkedOut,
  ].filter(Boolean);
  return (
    <li className="govuk-!-margin-bottom-6">
      <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
        <Link className="govuk-link" to={item.url}>
          {item.title}
        </Link>
      </h3>
      <p className="govuk-body govuk-!-margin-bottom-1">{item.summary}</p>
      {facts.length > 0 && (
        <p className="govuk-body-s govuk-!-margin-bottom-0">{facts.join(' · ')}</p>
      )}
    </li>
  );
}

interface CaseStudyListResultsProps {
  state: CaseStudyListState;
  results: Results;
  /** Where the same list without filters is; none when nothing is filtered. */
  clearHref: string | null;
}

/** How many case studies match, this page of them, and the pages either side. */
export function CaseStudyListResults({ state, results, clearHref }: CaseStudyListResultsProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const page = cursorPageNumber(state);
  const pages = Math.ceil(
    Math.min(results.totalCount, SEARCH_RESULT_CAP) / CASE_STUDY_LIST_PAGE_SIZE,
  );
  const { hasNextPage, endCursor } = results.pageInfo;
  const count =
    results.totalCount === 1
      ? '1 case study'
      : `${results.totalCount.toLocaleString('en-GB')} case studies`;
  return (
    <>
      <h2
        className="govuk-heading-m"
        id="case-study-results"
        ref={heading}
        tabIndex={-1}
        aria-live="polite"
      >
        {count}
        {pages > 1 && (
          <span className="govuk-caption-m">
            Page {page} of {pages}
          </span>
        )}
      </h2>
      {results.edges.length === 0 ? (
        <p className="govuk-body">
          {clearHref ? (
            <>
              No case study matches.{' '}
              <Link className="govuk-link" to={clearHref}>
                Clear the filters
              </Link>
            </>
          ) : state.query.trim() ? (
            'No case study matches. Try other words.'
          ) : (
            'No case study has been published yet.'
          )}
        </p>
      ) : (
        <ol className="govuk-list" aria-labelledby="case-study-results">
          {results.edges.map(({ node }) => (
            <CaseStudyListItem key={node.id} item={node} />
          ))}
        </ol>
      )}
      <Pagination
        label="Pages of case studies"
        renderLink={({ href, children, ...props }) => (
          <Link to={href} {...props}>
            {children}
          </Link>
        )}
        onNavigate={() => heading.current?.focus()}
        previous={
          state.after
            ? {
                href: caseStudyListPath(previousCursorPage(state)),
                label: `${page - 1} of ${pages}`,
              }
            : undefined
        }
        next={
          hasNextPage && endCursor
            ? {
                href: caseStudyListPath(nextCursorPage(state, endCursor)),
                label: `${page + 1} of ${pages}`,
              }
            : undefined
        }
      />
    </>
  );
}
