import { useLocation } from 'react-router';

/** The path and query of the page, to come back to after signing in. */
export function useHere(): string {
  const { pathname, search } = useLocation();
  return `${pathname}${search}`;
}
