import type { ReactNode } from 'react';

interface FirstAndNextPagesProps {
  /** Names the navigation landmark, such as "Pages of results". */
  label: string;
  /** The first page's address and its link's words ("First page"), when not on it. */
  first?: { href: string; title: string };
  /** The next page's address, when there is one. */
  next?: string;
  /** Renders a link (the router's Link), so navigation stays in the app. */
  renderLink: (props: {
    href: string;
    className: string;
    rel?: string;
    children: ReactNode;
  }) => ReactNode;
}

const LINK = 'govuk-link govuk-pagination__link';

/**
 * GOV.UK pagination for a list paged by cursor without a count of pages:
 * back to the first page, and on to the next.
 */
export function FirstAndNextPages({ label, first, next, renderLink }: FirstAndNextPagesProps) {
  if (!first && !next) return null;
  return (
    <nav className="govuk-pagination govuk-pagination--block" aria-label={label}>
      {first && (
        <div className="govuk-pagination__prev">
          {renderLink({
            href: first.href,
            className: LINK,
            children: <span className="govuk-pagination__link-title">{first.title}</span>,
          })}
        </div>
      )}
      {next && (
        <div className="govuk-pagination__next">
          {renderLink({
            href: next,
            className: LINK,
            rel: 'next',
            children: <span className="govuk-pagination__link-title">Next page</span>,
          })}
        </div>
      )}
    </nav>
  );
}
