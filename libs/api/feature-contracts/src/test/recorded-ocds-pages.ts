import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The shared Contracts Finder sample (data/README.md); read only when a test asks. */
const SAMPLE_FILE = path.join(__dirname, '..', 'data', 'release-package.json');

type Json = Record<string, unknown>;

export const FIND_A_TENDER_PATH = '/api/1.0/ocdsReleasePackages';
export const CONTRACTS_FINDER_PATH = '/Published/Notices/OCDS/Search';

/** The shared sample's releases, as Contracts Finder published them. */
export function sampleReleases(): Json[] {
  return (JSON.parse(readFileSync(SAMPLE_FILE, 'utf8')) as { releases: Json[] }).releases;
}

/**
 * Sample releases as Find a Tender would publish them: its ocid prefix
 * (ocds-h6vhtk) and notice ids, the same content otherwise.
 */
export function asFindATenderReleases(releases: Json[]): Json[] {
  const ocids = new Map<string, string>();
  return releases.map((release, index) => {
    const ocid = String(release['ocid']);
    if (!ocids.has(ocid))
      ocids.set(ocid, `ocds-h6vhtk-${(0x4a000 + ocids.size).toString(16).padStart(6, '0')}`);
    const copy = structuredClone(release);
    copy['ocid'] = ocids.get(ocid);
    copy['id'] = `${String(index + 1).padStart(6, '0')}-2025`;
    return copy;
  });
}

/** One recorded page: the cursor that asks for it (null: the first page) and its package. */
export interface RecordedPage {
  cursor: string | null;
  body: Json;
}

const PUBLISHERS: Record<string, Json> = {
  [FIND_A_TENDER_PATH]: {
    uri: 'https://www.find-tender.service.gov.uk/api/1.0/ocdsReleasePackages',
    publisher: { name: 'Find a Tender', uri: 'https://www.find-tender.service.gov.uk' },
  },
  [CONTRACTS_FINDER_PATH]: {
    uri: 'https://www.contractsfinder.service.gov.uk/Published/Notices/OCDS/Search',
    publisher: { name: 'Cabinet Office', scheme: 'GB-GOVUK', uid: 'D2' },
  },
};

/**
 * Release packages shaped like the API's answers, pageSize releases each,
 * chained by links.next as the APIs do: the first page's address plus a cursor.
 * `base` is the fake server's address; the cursors are base64, as the APIs' are.
 */
export function recordedPages(
  base: string,
  path: string,
  releases: Json[],
  pageSize: number,
): RecordedPage[] {
  const count = Math.max(1, Math.ceil(releases.length / pageSize));
  const cursorOf = (index: number) =>
    index === 0 ? null : Buffer.from(`${path}:${index * pageSize}`).toString('base64');
  return Array.from({ length: count }, (_, index) => {
    const next = index + 1 < count ? cursorOf(index + 1) : null;
    return {
      cursor: cursorOf(index),
      body: {
        ...PUBLISHERS[path],
        version: '1.1',
        publishedDate: '2025-03-11T12:00:00Z',
        license: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
        publicationPolicy: 'https://www.gov.uk/government/publications/open-contracting',
        releases: releases.slice(index * pageSize, (index + 1) * pageSize),
        ...(next ? { links: { next: `${base}${path}?limit=100&cursor=${next}` } } : {}),
      },
    };
  });
}
