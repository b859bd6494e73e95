import type { ReactNode } from 'react';

import type { RenderLink } from '../layout/render-link';

/** The error code the API answers a search with while search cannot answer. */
export const SEARCH_UNAVAILABLE = 'SEARCH_UNAVAILABLE';

/** True for an error that says search is unavailable for now (not a fault of the request). */
export const isSearchUnavailable = (error: unknown): boolean =>
  (error as { code?: unknown } | null | undefined)?.code === SEARCH_UNAVAILABLE;

/** Lists that do not need search, offered while it is unavailable. */
export const LISTS_WITHOUT_SEARCH: { href: string; label: string; description: string }[] = [
  {
    href: '/councils',
    label: 'Councils',
    description: 'each council’s page lists its case studies, components and procurement groups',
  },
  { href: '/suppliers', label: 'Suppliers', description: 'the supplier directory, A to Z' },
  {
    href: '/procurement-groups',
    label: 'Procurement groups',
    description: 'councils buying together',
  },
];

/**
 * Said in place of results while search is unavailable: plainly, with the
 * lists that still work. `except` leaves out the page the person is on.
 */
export function SearchUnavailable({
  renderLink,
  except,
  headingLevel = 2,
  children,
}: {
  renderLink: RenderLink;
  except?: string;
  headingLevel?: 2 | 3;
  children?: ReactNode;
}) {
  const Heading = `h${headingLevel}` as const;
  const lists = LISTS_WITHOUT_SEARCH.filter((list) => list.href !== except);
  return (
    <div className="lgx-search-unavailable">
      <Heading className="govuk-heading-m">Search is unavailable for now</Heading>
      <p className="govuk-body">
        Nothing is lost: everything saved on LGX will be found again once search is back. Try again
        in a few minutes.
      </p>
      {children}
      <p className="govuk-body">Meanwhile, you can browse:</p>
      <ul className="govuk-list govuk-list--bullet">
        {lists.map((list) => (
          <li key={list.href}>
            {renderLink({ href: list.href, className: 'govuk-link', children: list.label })}:{' '}
            {list.description}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Said above results while the first build of the search indexes goes on. */
export function SearchBuildingNotice() {
  return (
    <div className="govuk-inset-text" role="status">
      Search is still being prepared; results may be incomplete. Try again in a minute or two for
      everything.
    </div>
  );
}
