import type { MouseEvent, ReactNode } from 'react';

export interface PaginationLink {
  href: string;
  /** Where it goes, such as "2 of 7". */
  label?: string;
}

interface PaginationProps {
  label: string;
  previous?: PaginationLink;
  next?: PaginationLink;
  /** Renders a link (the router's Link), with a click handler to move focus. */
  renderLink: (props: {
    href: string;
    className: string;
    rel: string;
    onClick?: (event: MouseEvent<HTMLAnchorElement>) => void;
    children: ReactNode;
  }) => ReactNode;
  onNavigate?: () => void;
}

const arrow = (direction: 'prev' | 'next') => (
  <svg
    className={`govuk-pagination__icon govuk-pagination__icon--${direction}`}
    xmlns="http://www.w3.org/2000/svg"
    height="13"
    width="15"
    aria-hidden="true"
    focusable="false"
    viewBox="0 0 15 13"
  >
    <path
      d={
        direction === 'prev'
          ? 'm6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z'
          : 'm8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z'
      }
    />
  </svg>
);

/** GOV.UK pagination for results without page numbers: "Previous" and "Next", with where each goes. */
export function Pagination({ label, previous, next, renderLink, onNavigate }: PaginationProps) {
  if (!previous && !next) return null;
  const link = (direction: 'prev' | 'next', target: PaginationLink) =>
    renderLink({
      href: target.href,
      className: 'govuk-link govuk-pagination__link',
      rel: direction,
      onClick: onNavigate,
      children: (
        <>
          {arrow(direction)}
          <span
            className={`govuk-pagination__link-title${target.label ? '' : ' govuk-pagination__link-title--decorated'}`}
          >
            {direction === 'prev' ? 'Previous page' : 'Next page'}
          </span>
          {target.label && (
            <>
              <span className="govuk-visually-hidden">:</span>
              <span className="govuk-pagination__link-label">{target.label}</span>
            </>
          )}
        </>
      ),
    });
  return (
    <nav className="govuk-pagination govuk-pagination--block" aria-label={label}>
      {previous && <div className="govuk-pagination__prev">{link('prev', previous)}</div>}
      {next && <div className="govuk-pagination__next">{link('next', next)}</div>}
    </nav>
  );
}
