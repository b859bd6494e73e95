/**
 * The limits of a search, the same for the API (which refuses what breaks
 * them) and the web (which never asks for it).
 */

/** The longest query, in characters. */
export const SEARCH_MAX_QUERY_LENGTH = 200;

/** Results per page when none is asked for, and the web's page. */
export const SEARCH_PAGE_SIZE = 20;

/** The most results one page may ask for (`first`). */
export const SEARCH_MAX_PAGE_SIZE = 50;

/** How far into the results anyone can page: Meilisearch counts and returns no further. */
export const SEARCH_RESULT_CAP = 10_000;

/** The most values of one facet a search may filter by. */
export const SEARCH_MAX_FACET_VALUES = 50;

/** How far "near a council" reaches on the search page (`near=`), and in its feed. */
export const NEAR_COUNCIL_KM = 50;

/** The most entries of an Atom feed: the newest, as feed readers poll for what is new. */
export const FEED_SIZE = 50;
