import {
  buyerNameKey,
  councilRegisterEntry,
  createBuyerCouncilMatcher,
  type PublishedBuyer as MatcherBuyer,
  type StoredCouncil,
} from '@lgx/shared/domain';
import type { EntityManager } from 'typeorm';

import type { BuyerMatchHow } from './contracting-process.entity';
import type { PublishedBuyer } from './contracting-process.rules';

/** What the import stores about a process's buyer. */
export interface BuyerMatchResult {
  councilCode: string | null;
  how: BuyerMatchHow;
  /** buyerNameKey of the published name; null when the buyer has no name. */
  nameKey: string | null;
  /** The matcher's reason, or whose decision it was. */
  note: string | null;
  /** Register codes it might be, best first, when unmatched. */
  candidates: string[];
}

export type BuyerMatcher = (buyer: PublishedBuyer) => BuyerMatchResult;

/** The matcher reads identifiers as OCDS publishes them: the first is the party's own. */
function asMatcherBuyer(buyer: PublishedBuyer): MatcherBuyer {
  const [identifier, ...additional] = buyer.identifiers;
  return { name: buyer.name, identifier, additionalIdentifiers: additional };
}

/**
 * Builds the buyer matcher for one import (or one batch of a sync): the
 * council register and the admins' remembered decisions are read once, then
 * every buyer is matched in memory. A decision for the buyer's name wins over
 * the matcher; an identifier the register knows wins over a decision.
 */
export async function loadBuyerMatcher(manager: EntityManager): Promise<BuyerMatcher> {
  // Plain SQL: the register's entity belongs to core/councils, and an import
  // may run on a data source that maps only the contract entities.
  const councils: StoredCouncil[] = await manager.query(
    `SELECT code, gss_code AS "gssCode", official_name AS "officialName", nice_name AS "niceName",
            alt_names AS "altNames", is_current AS "isCurrent", type_code AS "typeCode",
            replaced_by AS "replacedBy"
       FROM council`,
  );
  const decisions: { nameKey: string; councilCode: string | null }[] = await manager.query(
    `SELECT name_key AS "nameKey", council_code AS "councilCode" FROM contract_buyer_decision`,
  );
  const decided = new Map(decisions.map((decision) => [decision.nameKey, decision]));
  const match = createBuyerCouncilMatcher(councils.map(councilRegisterEntry));
  return (buyer) => {
    const nameKey = buyer.name?.trim() ? buyerNameKey(buyer.name) : null;
    const result = match(asMatcherBuyer(buyer));
    if (result.outcome === 'matched' && result.by === 'identifier')
      return { councilCode: result.match, how: 'IDENTIFIER', nameKey, note: null, candidates: [] };
    const decision = nameKey === null ? undefined : decided.get(nameKey);
    if (decision)
      return {
        councilCode: decision.councilCode,
        how: decision.councilCode ? 'DECIDED' : 'NOT_A_COUNCIL',
        nameKey,
        note: 'decided by a platform admin',
        candidates: [],
      };
    if (result.outcome === 'matched')
      return { councilCode: result.match, how: 'NAME', nameKey, note: null, candidates: [] };
    if (result.outcome === 'notACouncil')
      return {
        councilCode: null,
        how: 'NOT_A_COUNCIL',
        nameKey,
        note: result.notACouncil,
        candidates: [],
      };
    return {
      councilCode: null,
      how: 'UNMATCHED',
      nameKey,
      note: result.unmatched,
      candidates: result.candidates,
    };
  };
}
