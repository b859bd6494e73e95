import { AuditService } from '@lgx/api/core/audit';
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

import {
  invalidBuyerDecision,
  NO_DECISION,
  UNKNOWN_BUYER_NAME,
  UNKNOWN_COUNCIL,
} from './contract-buyer-decision.errors';
import type { ContractBuyerDecisionOutcome } from './contract-buyer-decision.object';
import { checkCouncilCode, checkNameKey, type FieldProblem } from './contract-buyer-decision.rules';
import { type DecisionRow, toContractBuyerDecision } from './contract-buyer-decision.view';
import { decisionPage, findDecision } from './contract-buyer-decision-list';
import { type ReappliedBuyerMatch, reapplyBuyerMatch } from './reapply-buyer-match';

const DECIDE = { action: 'contract-buyer.decide' } as const;

/**
 * Platform admins' decisions for buyer names the matcher was unsure of: the
 * council a name is, or not a council. A decision is remembered by the name's
 * key and applied at once to every process under that name, as later imports
 * apply it; undoing one forgets it and matches those processes again.
 */
@Injectable()
export class ContractBuyerDecisionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly audit: AuditService,
  ) {}

  /** The decisions taken, newest first. */
  async list(
    actor: Actor,
    args: { first?: number | null; after?: string | null },
  ): Promise<ConnectionShape<DecisionRow>> {
    await this.policy.authorize(actor, DECIDE);
    const size = pageSize(args.first);
    const after = args.after ? decodeCursor(args.after, ['string', 'string'] as const) : null;
    const { rows, total } = await decisionPage(this.dataSource.manager, size, after);
    return toConnection(rows, size, total, (row) => encodeCursor([row.decidedAtText, row.nameKey]));
  }

  /** Remembers that the buyer name is this council (current or former). */
  async match(
    actor: Actor,
    input: { nameKey: string; councilCode: string },
  ): Promise<ContractBuyerDecisionOutcome> {
    await this.policy.authorize(actor, DECIDE);
    const problems: FieldProblem[] = [];
    const nameKey = checkNameKey(input.nameKey, problems);
    const councilCode = checkCouncilCode(input.councilCode, problems);
    return this.decide(actor, { nameKey, councilCode, problems, action: 'contract-buyer.match' });
  }

  /** Remembers that the buyer name is not a council. */
  async reject(actor: Actor, nameKeyInput: string): Promise<ContractBuyerDecisionOutcome> {
    await this.policy.authorize(actor, DECIDE);
    const problems: FieldProblem[] = [];
    const nameKey = checkNameKey(nameKeyInput, problems);
    return this.decide(actor, {
      nameKey,
      councilCode: null,
      problems,
      action: 'contract-buyer.reject',
    });
  }

  /** Forgets the decision for the name, and matches its processes again without it. */
  async undo(actor: Actor, nameKeyInput: string): Promise<ContractBuyerDecisionOutcome> {
    await this.policy.authorize(actor, DECIDE);
    const problems: FieldProblem[] = [];
    const nameKey = checkNameKey(nameKeyInput, problems);
    if (!nameKey) throw invalidBuyerDecision(problems);
    return this.dataSource.transaction(async (manager) => {
      await lockName(manager, nameKey);
      const removed: { buyerName: string; councilCode: string | null }[] = await manager.query(
        `DELETE FROM contract_buyer_decision WHERE name_key = $1
         RETURNING buyer_name AS "buyerName", council_code AS "councilCode"`,
        [nameKey],
      );
      // DELETE ... RETURNING gives [rows, count] through TypeORM's postgres driver.
      const [undone] = Array.isArray(removed[0]) ? (removed[0] as typeof removed) : removed;
      if (!undone) throw invalidBuyerDecision([NO_DECISION]);
      const applied = await reapplyBuyerMatch(manager, nameKey);
      await this.audit.record(
        {
          action: 'contract-buyer.undo',
          outcome: 'success',
          target: { type: 'contract-buyer-name', id: nameKey },
          details: { undoneCouncilCode: undone.councilCode, processesChanged: applied.changed },
        },
        manager,
      );
      return outcome(nameKey, undone.buyerName, null, applied);
    });
  }

  private async decide(
    actor: Actor,
    asked: {
      nameKey: string | null;
      councilCode: string | null;
      problems: FieldProblem[];
      action: string;
    },
  ): Promise<ContractBuyerDecisionOutcome> {
    const { nameKey, councilCode, problems } = asked;
    return this.dataSource.transaction(async (manager) => {
      const buyerName = nameKey ? await publishedName(manager, nameKey) : null;
      if (nameKey && !buyerName) problems.push(UNKNOWN_BUYER_NAME);
      if (councilCode && !(await councilExists(manager, councilCode)))
        problems.push(UNKNOWN_COUNCIL);
      if (problems.length > 0 || !nameKey || !buyerName) throw invalidBuyerDecision(problems);
      await lockName(manager, nameKey);
      await manager.query(
        `INSERT INTO contract_buyer_decision (name_key, buyer_name, council_code, decided_by, decided_at)
         VALUES ($1, $2, $3, $4, now())
         ON CONFLICT (name_key) DO UPDATE
           SET buyer_name = EXCLUDED.buyer_name, council_code = EXCLUDED.council_code,
               decided_by = EXCLUDED.decided_by, decided_at = EXCLUDED.decided_at`,
        [nameKey, buyerName, councilCode, actor.userId ?? null],
      );
      const applied = await reapplyBuyerMatch(manager, nameKey);
      await this.audit.record(
        {
          action: asked.action,
          outcome: 'success',
          target: { type: 'contract-buyer-name', id: nameKey },
          details: { councilCode, processesChanged: applied.changed },
        },
        manager,
      );
      const decision = await findDecision(manager, nameKey);
      return outcome(nameKey, buyerName, decision ?? null, applied);
    });
  }
}

function outcome(
  nameKey: string,
  buyerName: string,
  decision: DecisionRow | null,
  applied: ReappliedBuyerMatch,
): ContractBuyerDecisionOutcome {
  return {
    nameKey,
    buyerName,
    decision: decision ? toContractBuyerDecision(decision) : null,
    processesChanged: applied.changed,
    processesMatchedByIdentifier: applied.matchedByIdentifier,
  };
}

/** One decision about a name at a time: a second admin's waits, then applies over it. */
const lockName = (manager: EntityManager, nameKey: string) =>
  manager.query(`SELECT pg_advisory_xact_lock(hashtext('contract-buyer:' || $1))`, [nameKey]);

/** The name as the processes under the key publish it most often; null when none does. */
async function publishedName(manager: EntityManager, nameKey: string): Promise<string | null> {
  const [row] = await manager.query(
    `SELECT mode() WITHIN GROUP (ORDER BY buyer_name) AS name
       FROM contracting_process WHERE buyer_name_key = $1 AND buyer_name IS NOT NULL`,
    [nameKey],
  );
  return (row?.name as string | null) ?? null;
}

async function councilExists(manager: EntityManager, code: string): Promise<boolean> {
  const rows: unknown[] = await manager.query(`SELECT 1 FROM council WHERE code = $1`, [code]);
  return rows.length > 0;
}
