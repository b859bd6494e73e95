import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

import { type SearchState, serialiseSearchState, withQuery } from '../model/search-state';

/** How long typing pauses before the results follow. */
export const TYPING_DELAY_MS = 250;

/** Navigations made by typing replace the history entry and leave the search box alone. */
interface TypedState {
  typed: true;
}
const isTyped = (state: unknown) => (state as TypedState | null)?.typed === true;

/** Typing replaces the history entry; anything else (a filter, a sort) adds one. */
export type SearchNavigation = 'typed' | 'push';

export interface SearchNavigator {
  /** The words in the box, which run ahead of the address while typing. */
  text: string;
  /** The search with the words in the box, for a filter changed while they wait to be sent. */
  current: SearchState;
  /** Takes a key typed: the box at once, the address a moment after the last key. */
  onType: (value: string) => void;
  /** Goes to another search; resolves when the address has changed. */
  go: (next: SearchState, how: SearchNavigation) => Promise<void>;
}

/**
 * Moves between searches through the address. The box shows what is typed; the address follows
 * a moment after the last key. When the address changes another way (back, a filter, a link),
 * the box shows its words again.
 */
export function useSearchNavigation(state: SearchState): SearchNavigator {
  const location = useLocation();
  const navigate = useNavigate();
  const [text, setText] = useState(state.query);
  const [shownLocation, setShownLocation] = useState(location.key);
  if (shownLocation !== location.key) {
    setShownLocation(location.key);
    if (!isTyped(location.state)) setText(state.query);
  }
  const typingTimer = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (!isTyped(location.state)) window.clearTimeout(typingTimer.current);
  }, [location]);
  useEffect(() => () => window.clearTimeout(typingTimer.current), []);

  const go = async (next: SearchState, how: SearchNavigation): Promise<void> => {
    window.clearTimeout(typingTimer.current);
    const search = serialiseSearchState(next).toString();
    if (search === location.search.replace(/^\?/, '')) return;
    await navigate(
      { search: search ? `?${search}` : '' },
      how === 'typed' ? { replace: true, state: { typed: true } satisfies TypedState } : {},
    );
  };

  const onType = (value: string) => {
    setText(value);
    window.clearTimeout(typingTimer.current);
    typingTimer.current = window.setTimeout(
      () => go(withQuery(state, value), 'typed'),
      TYPING_DELAY_MS,
    );
  };

  return { text, current: { ...state, query: text }, onType, go };
}
