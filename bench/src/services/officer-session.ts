import { createHash, randomBytes } from 'node:crypto';

import type pg from 'pg';

/**
 * A signed-in, verified officer of a council, written straight to the
 * identity tables as the test harness does: an account, the council's email
 * domain, a membership and a live session. Returns the session cookie.
 */
export async function officerSession(
  db: pg.Pool,
  councilCode: string,
  role: 'OFFICER' | 'EDITOR' = 'OFFICER',
): Promise<string> {
  const domain = `${councilCode.toLowerCase()}.bench.gov.uk`;
  const {
    rows: [account],
  } = await db.query<{ id: string }>(
    `INSERT INTO account (email, email_verified_at, name, job_title, status)
     VALUES ($1, now(), 'Bench ' || initcap($2), 'Digital lead', 'active') RETURNING id`,
    [`bench-${role.toLowerCase()}@${domain}`, role],
  );
  await db.query(
    `INSERT INTO council_domain (domain, council_code) VALUES ($1, $2) ON CONFLICT (domain) DO NOTHING`,
    [domain, councilCode],
  );
  await db.query(
    `INSERT INTO council_membership (account_id, council_code, role, status) VALUES ($1, $2, $3, 'active')`,
    [account!.id, councilCode, role],
  );
  return sessionOf(db, account!.id);
}

/** A live session of an existing account, written as sign-in writes it; returns its cookie. */
export async function sessionOf(db: pg.Pool, accountId: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.query(
    `INSERT INTO session (id, account_id, last_seen_at, expires_at, mfa_verified)
     VALUES ($1, $2, now(), now() + interval '12 hours', true)`,
    [createHash('sha256').update(token).digest('hex'), accountId],
  );
  return `lgx_session=${token}`;
}

/**
 * The procurement groups a council is a member of (interested or committed),
 * whose invite-only records its officers may find: what the API reads for
 * their search scope (ProcurementGroupMembershipService.groupIdsOf).
 */
export async function memberGroupIds(db: pg.Pool, councilCode: string): Promise<string[]> {
  const { rows } = await db.query<{ group_id: string }>(
    `SELECT group_id FROM procurement_group_member
     WHERE council_code = $1 AND status IN ('INTERESTED', 'COMMITTED') ORDER BY group_id`,
    [councilCode],
  );
  return rows.map((row) => row.group_id);
}
