import type { EntityManager } from 'typeorm';

import { type BuyerMatchResult, loadBuyerMatcher } from '../contracting-process/buyer-match';
import { readContractRecord } from '../contracting-process/contracting-process.rules';
import type { OcdsObject } from '../ocds';

interface StoredBuyerMatch {
  ocid: string;
  compiledRelease: OcdsObject;
  councilCode: string | null;
  how: string | null;
  note: string | null;
  candidates: string[];
}

/** What re-matching the processes of one buyer name did. */
export interface ReappliedBuyerMatch {
  changed: number;
  matchedByIdentifier: number;
}

const sameMatch = (stored: StoredBuyerMatch, result: BuyerMatchResult) =>
  stored.councilCode === result.councilCode &&
  stored.how === result.how &&
  stored.note === result.note &&
  stored.candidates.join('\u0000') === result.candidates.join('\u0000');

/**
 * Matches every contracting process published under a buyer name key again,
 * with the import's own matcher: so a decision just stored (or just removed)
 * applies at once, exactly as a later import would apply it, and a buyer
 * identifier the register knows still wins. Only processes whose match
 * changed are written (and so count as updated). Run it in the transaction
 * that changed the decision.
 */
export async function reapplyBuyerMatch(
  manager: EntityManager,
  nameKey: string,
): Promise<ReappliedBuyerMatch> {
  const match = await loadBuyerMatcher(manager);
  const stored: StoredBuyerMatch[] = await manager.query(
    `SELECT ocid, compiled_release AS "compiledRelease", buyer_council_code AS "councilCode",
            buyer_match AS how, buyer_match_note AS note, buyer_candidates AS candidates
       FROM contracting_process WHERE buyer_name_key = $1 ORDER BY ocid FOR UPDATE`,
    [nameKey],
  );
  // Processes with the same new match are written together.
  const updates = new Map<string, { result: BuyerMatchResult; ocids: string[] }>();
  let matchedByIdentifier = 0;
  for (const process of stored) {
    const result = match(readContractRecord(process.compiledRelease).buyer);
    if (result.how === 'IDENTIFIER') matchedByIdentifier += 1;
    if (sameMatch(process, result)) continue;
    const group = JSON.stringify([result.councilCode, result.how, result.note, result.candidates]);
    const update = updates.get(group) ?? { result, ocids: [] };
    update.ocids.push(process.ocid);
    updates.set(group, update);
  }
  for (const { result, ocids } of updates.values())
    await manager.query(
      `UPDATE contracting_process
          SET buyer_council_code = $2, buyer_match = $3, buyer_match_note = $4,
              buyer_candidates = $5, updated_at = now()
        WHERE ocid = ANY($1)`,
      [ocids, result.councilCode, result.how, result.note, result.candidates],
    );
  const changed = [...updates.values()].reduce((sum, update) => sum + update.ocids.length, 0);
  return { changed, matchedByIdentifier };
}
