import { useLocation } from 'react-router';

/**
 * A message left by the page before (in the history state), such as "Your
 * draft has been saved" or "Your password has been changed".
 */
export function useFlash(): string | undefined {
  const state: unknown = useLocation().state;
  const flash = (state as { flash?: unknown } | null)?.flash;
  return typeof flash === 'string' ? flash : undefined;
}
