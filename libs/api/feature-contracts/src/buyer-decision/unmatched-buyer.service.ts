import { type Actor, PolicyService } from '@lgx/api/core/auth';
import {
  type ConnectionShape,
  decodeCursor,
  encodeCursor,
  pageSize,
  toConnection,
} from '@lgx/api/core/graphql';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import { type CouncilRow, toContractBuyerCouncil } from './contract-buyer-decision.view';
import type { UnmatchedContractBuyer } from './unmatched-buyer.object';

/** How many contract titles show what a buyer buys. */
export const EXAMPLE_TITLES = 3;

interface BuyerRow {
  nameKey: string;
  buyerName: string;
  processCount: number;
}

interface DetailRow {
  nameKey: string;
  note: string | null;
  candidates: string[];
  exampleTitles: string[];
}

// One row per name key among the unmatched processes (the partial index
// contracting_process_buyer_unmatched serves it), named as published most often.
const UNMATCHED = `
  SELECT buyer_name_key AS "nameKey", count(*)::int AS "processCount",
         coalesce(mode() WITHIN GROUP (ORDER BY buyer_name), buyer_name_key) AS "buyerName"
    FROM contracting_process
   WHERE buyer_match = 'UNMATCHED' AND buyer_name_key IS NOT NULL
   GROUP BY buyer_name_key`;

/** The buyer names the matcher was unsure of: a platform admin's queue. */
@Injectable()
export class UnmatchedBuyerService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
  ) {}

  /** Most processes first, then by name; each with its note, candidates and example titles. */
  async list(
    actor: Actor,
    args: { first?: number | null; after?: string | null },
  ): Promise<ConnectionShape<UnmatchedContractBuyer>> {
    await this.policy.authorize(actor, { action: 'contract-buyer.decide' });
    const size = pageSize(args.first);
    const after = args.after
      ? decodeCursor(args.after, ['number', 'string', 'string'] as const)
      : null;
    const manager = this.dataSource.manager;
    // The total is counted in the same pass, before the cursor narrows the rows.
    const counted: (BuyerRow & { totalCount: number })[] = await manager.query(
      `WITH buyers AS (${UNMATCHED}),
            counted AS (SELECT *, count(*) OVER ()::int AS "totalCount" FROM buyers)
       SELECT * FROM counted
        WHERE $1::int IS NULL OR "processCount" < $1
           OR ("processCount" = $1 AND ("buyerName", "nameKey") > ($2::text, $3::text))
        ORDER BY "processCount" DESC, "buyerName", "nameKey" LIMIT $4`,
      [after?.[0] ?? null, after?.[1] ?? null, after?.[2] ?? null, size + 1],
    );
    const rows = counted.map(({ totalCount: _total, ...row }) => row);
    // Past the last page no row carries the total: count it on its own.
    const total =
      counted[0]?.totalCount ??
      (after ? (await manager.query(`SELECT count(*)::int AS n FROM (${UNMATCHED}) b`))[0].n : 0);
    const buyers = await withDetails(manager, rows);
    return toConnection(buyers, size, total, (buyer) =>
      encodeCursor([buyer.processCount, buyer.buyerName, buyer.nameKey]),
    );
  }
}

/** Each buyer's latest note and candidates, a few titles, and its candidates' names. */
async function withDetails(
  manager: EntityManager,
  rows: BuyerRow[],
): Promise<UnmatchedContractBuyer[]> {
  if (rows.length === 0) return [];
  const details: DetailRow[] = await manager.query(
    `SELECT k AS "nameKey", latest.note, latest.candidates, titles."exampleTitles"
       FROM unnest($1::text[]) AS k
       CROSS JOIN LATERAL (
         SELECT buyer_match_note AS note, buyer_candidates AS candidates FROM contracting_process
          WHERE buyer_name_key = k AND buyer_match = 'UNMATCHED'
          ORDER BY last_release_date DESC, ocid LIMIT 1) latest
       CROSS JOIN LATERAL (
         SELECT coalesce(array_agg(title ORDER BY newest DESC, title), '{}') AS "exampleTitles"
           FROM (SELECT title, max(last_release_date) AS newest FROM contracting_process
                  WHERE buyer_name_key = k AND buyer_match = 'UNMATCHED' AND title IS NOT NULL
                  GROUP BY title ORDER BY newest DESC, title LIMIT $2) t) titles`,
    [rows.map((row) => row.nameKey), EXAMPLE_TITLES],
  );
  const byKey = new Map(details.map((detail) => [detail.nameKey, detail]));
  const codes = [...new Set(details.flatMap((detail) => detail.candidates))];
  const councils: CouncilRow[] = codes.length
    ? await manager.query(
        `SELECT code, nice_name AS "niceName", official_name AS "officialName",
                is_current AS "isCurrent" FROM council WHERE code = ANY($1)`,
        [codes],
      )
    : [];
  const council = new Map(councils.map((row) => [row.code, toContractBuyerCouncil(row)]));
  return rows.map((row) => {
    const detail = byKey.get(row.nameKey);
    return {
      ...row,
      note: detail?.note ?? null,
      exampleTitles: detail?.exampleTitles ?? [],
      candidates: (detail?.candidates ?? []).flatMap((code) => council.get(code) ?? []),
    };
  });
}
