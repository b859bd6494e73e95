/** Who may find a document. The server adds the matching filter to every search. */
export type Visibility = 'public' | 'officers' | 'council' | 'group';

/**
 * The fields every indexed document has, whatever its type. Type-specific
 * facets (serviceAreas, licence, stage...) sit beside them.
 */
export interface SearchDocument {
  /** Unique within its index. */
  id: string;
  type: string;
  title: string;
  summary: string;
  body?: string;
  /** The web app's path to the record, e.g. /councils/DER. */
  url: string;
  visibility: Visibility;
  /** Councils the record belongs to (lead and co-authors): who sees 'council' (draft) records. */
  councilCodes: string[];
  /** Groups whose members see 'group' records. */
  groupIds: string[];
  councilCode?: string;
  councilName?: string;
  nation?: string;
  region?: string;
  councilType?: string;
  /** Unix seconds, for "newest". */
  publishedAt?: number;
  [facet: string]: unknown;
}
