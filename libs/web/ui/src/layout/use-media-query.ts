import { useSyncExternalStore } from 'react';

/** GOV.UK Frontend's tablet breakpoint (641 px): below it, the service navigation collapses. */
export const TABLET_AND_WIDER = '(min-width: 40.0625em)';

/**
 * Whether the page matches a media query now, updated as the window changes.
 * Where the browser cannot tell (no matchMedia), the wide layout is assumed.
 */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (changed) => {
      const list = window.matchMedia?.(query);
      list?.addEventListener('change', changed);
      return () => list?.removeEventListener('change', changed);
    },
    () => window.matchMedia?.(query).matches ?? true,
    () => true,
  );
}
