import type { ContractBuyerCouncil, ContractBuyerDecision } from './contract-buyer-decision.object';

/** A council as the contracts' queries read it from the register. */
export interface CouncilRow {
  code: string;
  niceName: string;
  officialName: string;
  isCurrent: boolean;
}

/** A remembered decision as the decisions query reads it. */
export interface DecisionRow {
  nameKey: string;
  buyerName: string;
  councilCode: string | null;
  councilNiceName: string | null;
  councilOfficialName: string | null;
  councilIsCurrent: boolean | null;
  decidedByName: string | null;
  decidedAt: Date;
  /** decided_at as PostgreSQL writes it, to the microsecond: the cursor's key. */
  decidedAtText: string;
  processCount: number;
}

export const toContractBuyerCouncil = (row: CouncilRow): ContractBuyerCouncil => ({
  code: row.code,
  name: row.niceName,
  officialName: row.officialName,
  current: row.isCurrent,
});

export const toContractBuyerDecision = (row: DecisionRow): ContractBuyerDecision => ({
  nameKey: row.nameKey,
  buyerName: row.buyerName,
  council: row.councilCode
    ? toContractBuyerCouncil({
        code: row.councilCode,
        niceName: row.councilNiceName ?? row.councilCode,
        officialName: row.councilOfficialName ?? row.councilCode,
        isCurrent: row.councilIsCurrent ?? false,
      })
    : null,
  notACouncil: row.councilCode === null,
  decidedBy: row.decidedByName,
  decidedAt: new Date(row.decidedAt),
  processCount: row.processCount,
});
