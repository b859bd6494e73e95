import { type SavedSearch, savedSearchKey } from '@lgx/api/feature-notifications';
import type pg from 'pg';

import type { FanOutBenchOptions } from './fan-out-options';

/** The council whose case study is published, and the topic some followers also follow. */
export const PUBLISHING_COUNCIL = 'DER';
export const FOLLOWED_TOPIC = 'SERVICE_AREA:HOUSING';

/** Words of the published case study: a saved search starting with one of these finds it. */
const FINDING = ['chatbot', 'housing repairs', 'repairs chatbot', 'tenants', 'chatbot housing'];
/** Words it does not hold: these saved searches run and find nothing. */
const MISSING = [
  'cemetery plots',
  'allotment waiting list',
  'pothole reporting',
  'parking permits',
];

type Digest = 'DAILY' | 'WEEKLY';

/** One seeded reader, and what the run should do for them. */
interface Reader {
  email: string;
  /** A verified officer of this council, or a visitor-level account (null). */
  council: string | null;
  digest: Digest;
  /** Turned digests off on the preferences page: told in the app, never emailed. */
  digestsOff: boolean;
  /** Follows Derby, and some also the housing topic (they are still told once). */
  followsDerby: boolean;
  followsTopic: boolean;
  savedSearch?: SavedSearch;
  /** Whether the case study should reach them. */
  told: boolean;
}

/** What a correct run produces for the seeded readers. */
export interface Expected {
  notifications: number;
  /** Digest emails, by frequency (readers told, with digests on). */
  mails: Record<Digest, number>;
  followers: number;
  topicFollowers: number;
  savedSearches: { finding: number; missing: number; distinctQueries: number };
  officers: number;
  digestsOff: number;
}

/** The n-th reader of a kind: a fixed mix of officers, visitors, daily and weekly digests. */
function reader(
  kind: 'follower' | 'searcher',
  n: number,
  councils: string[],
): Omit<Reader, 'told'> {
  return {
    email: `fan-${kind}-${n}@bench.example.org`,
    // Every other reader is an officer of one of the councils, the rest visitor-level.
    council: n % 2 === 0 ? councils[(n / 2) % councils.length]! : null,
    digest: n % 10 < 3 ? 'WEEKLY' : 'DAILY',
    // One in twenty, daily and weekly alike.
    digestsOff: n % 40 === 1 || n % 40 === 22,
    followsDerby: kind === 'follower',
    followsTopic: kind === 'follower' && n % 10 === 1,
  };
}

/** A distinct saved search for each searcher (the number keeps them apart; no record holds it). */
function savedSearch(n: number, finds: boolean): SavedSearch {
  const words = finds ? FINDING[n % FINDING.length]! : MISSING[n % MISSING.length]!;
  return { query: `${words} ${n}`, types: n % 3 === 0 ? ['case_study'] : [], facets: [] };
}

export function plannedReaders(options: FanOutBenchOptions, councils: string[]): Reader[] {
  const followers = Array.from({ length: options.followers }, (_, i) => ({
    ...reader('follower', i + 1, councils),
    told: true,
  }));
  const missing = Math.ceil(options.savedSearches / 10);
  const searchers = Array.from({ length: options.savedSearches + missing }, (_, i) => {
    const finds = i < options.savedSearches;
    return {
      ...reader('searcher', i + 1, councils),
      savedSearch: savedSearch(i + 1, finds),
      told: finds,
    };
  });
  return [...followers, ...searchers];
}

export function expectedOf(readers: Reader[]): Expected {
  const told = readers.filter((r) => r.told);
  const mailed = (digest: Digest) => told.filter((r) => r.digest === digest && !r.digestsOff);
  const searches = readers.filter((r) => r.savedSearch);
  return {
    notifications: told.length,
    mails: { DAILY: mailed('DAILY').length, WEEKLY: mailed('WEEKLY').length },
    followers: readers.filter((r) => r.followsDerby).length,
    topicFollowers: readers.filter((r) => r.followsTopic).length,
    savedSearches: {
      finding: searches.filter((r) => r.told).length,
      missing: searches.filter((r) => !r.told).length,
      distinctQueries: new Set(searches.map((r) => r.savedSearch!.query)).size,
    },
    officers: readers.filter((r) => r.council).length,
    digestsOff: readers.filter((r) => r.digestsOff).length,
  };
}

/**
 * Writes the readers in bulk, one statement per table (accounts, memberships,
 * follows, preferences), as the identity and notification features store
 * them. Returns their account ids in order.
 */
export async function seedReaders(db: pg.Pool, readers: Reader[]): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO account (email, email_verified_at, name, job_title, status)
     SELECT email, now(), 'Reader ' || ordinality, 'Officer', 'active'
       FROM unnest($1::text[]) WITH ORDINALITY AS r(email, ordinality)
      ORDER BY ordinality
     RETURNING id`,
    [readers.map((r) => r.email)],
  );
  const ids = rows.map((row) => row.id);
  const members = readers.flatMap((r, i) => (r.council ? [[ids[i]!, r.council]] : []));
  await db.query(
    `INSERT INTO council_membership (account_id, council_code, role, status)
     SELECT account_id, council_code, 'OFFICER', 'active'
       FROM unnest($1::uuid[], $2::text[]) AS m(account_id, council_code)`,
    [members.map(([id]) => id), members.map(([, code]) => code)],
  );
  const follows = readers.flatMap((r, i) => [
    ...(r.followsDerby ? [[ids[i]!, 'COUNCIL', PUBLISHING_COUNCIL, null, r.digest]] : []),
    ...(r.followsTopic ? [[ids[i]!, 'TOPIC', FOLLOWED_TOPIC, null, r.digest]] : []),
    ...(r.savedSearch
      ? [
          [
            ids[i]!,
            'SAVED_SEARCH',
            savedSearchKey(r.savedSearch),
            JSON.stringify(r.savedSearch),
            r.digest,
          ],
        ]
      : []),
  ]);
  await db.query(
    `INSERT INTO follow (account_id, kind, target_key, search, digest)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::jsonb[], $5::text[])`,
    [0, 1, 2, 3, 4].map((column) => follows.map((row) => row[column])),
  );
  const off = readers.flatMap((r, i) => (r.digestsOff ? [ids[i]!] : []));
  await db.query(
    `INSERT INTO email_preference (account_id, addressed, digests)
     SELECT unnest($1::uuid[]), true, false`,
    [off],
  );
  return ids;
}

/**
 * Sixty older notifications of one reader, already emailed a month ago, so a
 * page of 50 is full when the queries per page are counted.
 */
export async function olderNotifications(db: pg.Pool, accountId: string): Promise<void> {
  await db.query(
    `INSERT INTO notification (account_id, kind, event, event_key, subject_type, subject_id,
                               title, reason, url, created_at, emailed_at)
     SELECT $1, 'FOLLOWED', 'content.published', 'bench-older-' || n, 'case_study', 'older-' || n,
            'Older case study ' || n, 'You follow Derby City Council', '/case-studies/older-' || n,
            now() - interval '30 days' - n * interval '1 minute',
            now() - interval '30 days'
       FROM generate_series(1, 60) AS n`,
    [accountId],
  );
}
