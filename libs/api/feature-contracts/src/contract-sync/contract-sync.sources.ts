import type { ContractSyncConfig } from '@lgx/api/core/config';

/** A public OCDS API the sync reads: a release package per page, paged by links.next. */
export interface ContractSyncSource {
  name: 'find-a-tender' | 'contracts-finder';
  /** For messages. */
  label: string;
  /** The configured endpoint. */
  endpoint: (config: ContractSyncConfig) => string;
  /** The query parameters bounding the window, as the API names them. */
  fromParameter: string;
  toParameter: string;
}

/** The most releases either API serves in one page. */
export const PAGE_LIMIT = 100;

/**
 * Find a Tender: GET /api/1.0/ocdsReleasePackages?updatedFrom&updatedTo&limit&cursor.
 * Contracts Finder: GET /Published/Notices/OCDS/Search?publishedFrom&publishedTo&limit&cursor.
 * Both answer a release package whose links.next is the next page's full URL.
 */
export const CONTRACT_SYNC_SOURCES: readonly ContractSyncSource[] = [
  {
    name: 'find-a-tender',
    label: 'Find a Tender',
    endpoint: (config) => config.findATenderUrl,
    fromParameter: 'updatedFrom',
    toParameter: 'updatedTo',
  },
  {
    name: 'contracts-finder',
    label: 'Contracts Finder',
    endpoint: (config) => config.contractsFinderUrl,
    fromParameter: 'publishedFrom',
    toParameter: 'publishedTo',
  },
];

/** YYYY-MM-DDTHH:MM:SS in UTC, the form both APIs document. */
export function apiInstant(at: Date): string {
  return at.toISOString().slice(0, 19);
}

/** The first page of a window; colons stay unencoded, as the APIs' own examples write them. */
export function firstPageUrl(source: ContractSyncSource, endpoint: string, from: Date, to: Date) {
  const url = new URL(endpoint);
  const query = new URLSearchParams(url.search);
  query.set(source.fromParameter, apiInstant(from));
  query.set(source.toParameter, apiInstant(to));
  query.set('limit', String(PAGE_LIMIT));
  url.search = query.toString().replace(/%3A/gi, ':');
  return url.toString();
}
