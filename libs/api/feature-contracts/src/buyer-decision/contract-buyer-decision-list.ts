import type { EntityManager } from 'typeorm';

import type { DecisionRow } from './contract-buyer-decision.view';

const DECISIONS = `
  SELECT d.name_key AS "nameKey", d.buyer_name AS "buyerName", d.council_code AS "councilCode",
         c.nice_name AS "councilNiceName", c.official_name AS "councilOfficialName",
         c.is_current AS "councilIsCurrent", a.name AS "decidedByName",
         d.decided_at AS "decidedAt", d.decided_at::text AS "decidedAtText",
         (SELECT count(*)::int FROM contracting_process p WHERE p.buyer_name_key = d.name_key)
           AS "processCount"
    FROM contract_buyer_decision d
    LEFT JOIN council c ON c.code = d.council_code
    LEFT JOIN account a ON a.id = d.decided_by`;

/** One remembered decision, with its council, who took it and its processes. */
export async function findDecision(
  manager: EntityManager,
  nameKey: string,
): Promise<DecisionRow | undefined> {
  const rows: DecisionRow[] = await manager.query(`${DECISIONS} WHERE d.name_key = $1`, [nameKey]);
  return rows[0];
}

/** Decisions newest first, after a cursor's (decided_at, name_key); one more than asked. */
export async function decisionPage(
  manager: EntityManager,
  size: number,
  after: readonly [decidedAt: string, nameKey: string] | null,
): Promise<{ rows: DecisionRow[]; total: number }> {
  const rows: DecisionRow[] = await manager.query(
    `${DECISIONS}
      WHERE $1::timestamptz IS NULL OR (d.decided_at, d.name_key) < ($1::timestamptz, $2::text)
      ORDER BY d.decided_at DESC, d.name_key DESC LIMIT $3`,
    [after?.[0] ?? null, after?.[1] ?? null, size + 1],
  );
  const [{ total }] = await manager.query(
    `SELECT count(*)::int AS total FROM contract_buyer_decision`,
  );
  return { rows, total };
}
