import { FirstAndNextPages } from '@lgx/web/ui';
import { routerLink } from '@lgx/web/util';
import { useSearchParams } from 'react-router';

/**
 * First and next page links of one cursor-paged list on a page that holds
 * two: each list keeps its cursor in a search parameter of its own.
 */
export function ListPages({
  label,
  param,
  firstTitle,
  endCursor,
}: {
  label: string;
  param: string;
  firstTitle: string;
  /** The list's end cursor when it has a next page. */
  endCursor: string | null | undefined;
}) {
  const [params] = useSearchParams();
  const first = new URLSearchParams(params);
  first.delete(param);
  const next = new URLSearchParams(first);
  if (endCursor) next.set(param, endCursor);
  return (
    <FirstAndNextPages
      label={label}
      first={params.get(param) ? { href: `?${first}`, title: firstTitle } : undefined}
      next={endCursor ? `?${next}` : undefined}
      renderLink={routerLink}
    />
  );
}
