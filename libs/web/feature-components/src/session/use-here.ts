import { useLocation } from 'react-router';

/** The path and query of the page, to come back to after signing in. */
export function useHere(): string {
  const { pathname, search } = useLocation();
  return `${pathname}${search}`;
}

/** A message left by the page before (in the history state), such as "Your draft has been saved". */
export function useFlash(): string | undefined {
  const state: unknown = useLocation().state;
  const flash = (state as { flash?: unknown } | null)?.flash;
  return typeof flash === 'string' ? flash : undefined;
}
