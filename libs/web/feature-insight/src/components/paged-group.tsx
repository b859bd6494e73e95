import { Button } from '@lgx/web/ui';
import { type ReactNode, useEffect, useRef } from 'react';

/** What a paged list shows and how it asks for more (from `useCellList`). */
export interface PagedItems {
  items: { key: string; content: ReactNode }[];
  totalCount: number;
  hasMore: boolean;
  loadingMore: boolean;
  error: Error | null;
  showMore: () => void;
}

/**
 * A titled list with its total, a page at a time: "Show more <noun>" adds the
 * next page below and moves focus to its first item (keyboard and screen reader
 * users land on what was added); how many are shown is announced politely.
 */
export function PagedGroup({
  title,
  noun,
  empty,
  list,
}: {
  title: string;
  /** Plural, for the button and the count: "case studies". */
  noun: string;
  empty: string;
  list: PagedItems;
}) {
  const { items, totalCount, hasMore, loadingMore, error, showMore } = list;
  const listRef = useRef<HTMLUListElement>(null);
  // Where the page being loaded starts: focus goes there once it is shown.
  const focusFrom = useRef<number | null>(null);
  useEffect(() => {
    const from = focusFrom.current;
    if (from === null || items.length <= from) return;
    focusFrom.current = null;
    listRef.current?.children[from]?.querySelector<HTMLElement>('a, [tabindex]')?.focus();
  }, [items.length]);
  return (
    <section aria-label={title}>
      <h2 className="govuk-heading-m">
        {title} ({totalCount})
      </h2>
      {items.length === 0 ? (
        <p className="govuk-body">{empty}</p>
      ) : (
        <>
          <ul className="govuk-list govuk-list--spaced" ref={listRef}>
            {items.map((item) => (
              <li key={item.key}>{item.content}</li>
            ))}
          </ul>
          <p className="govuk-body-s" aria-live="polite">
            Showing {items.length} of {totalCount} {noun}.
          </p>
        </>
      )}
      {error && (
        <p className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> More {noun} could not be loaded:{' '}
          {error.message}
        </p>
      )}
      {hasMore && (
        <Button
          type="button"
          variant="secondary"
          busy={loadingMore}
          onClick={() => {
            focusFrom.current = items.length;
            showMore();
          }}
        >
          Show more {noun}
        </Button>
      )}
    </section>
  );
}
