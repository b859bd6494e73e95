import { addMonthsIso, sameCpvDivision } from '@lgx/shared/domain';

import type { ContractEnding, ContractEndingSupplier, ContractPeer } from './contract-endings';

/**
 * The same supplier: by Companies House number when both have one, else by
 * normalised name (the key each source computes with SQL lgx_supplier_name_key).
 */
export function sameSupplier(a: ContractEndingSupplier, b: ContractEndingSupplier): boolean {
  if (a.companiesHouseNumber && b.companiesHouseNumber)
    return a.companiesHouseNumber === b.companiesHouseNumber;
  return a.nameKey !== '' && a.nameKey === b.nameKey;
}

/** True when `b` ends no more than `months` whole months before or after `a`. */
export function endsWithinMonths(a: string, b: string, months: number): boolean {
  return b >= addMonthsIso(a, -months) && b <= addMonthsIso(a, months);
}

/**
 * `candidate` as a peer of `contract`: another council's contract ending
 * within `months` of it, in the same CPV division or with a supplier in
 * common; null when it is neither.
 */
export function asPeer(
  contract: ContractEnding,
  candidate: ContractEnding,
  months: number,
): ContractPeer | null {
  if (candidate.councilCode === contract.councilCode) return null;
  if (!endsWithinMonths(contract.endsOn, candidate.endsOn, months)) return null;
  const sameDivision = sameCpvDivision(contract.cpvCode, candidate.cpvCode);
  const supplierInCommon = contract.suppliers.some((mine) =>
    candidate.suppliers.some((theirs) => sameSupplier(mine, theirs)),
  );
  if (!sameDivision && !supplierInCommon) return null;
  return { peerOf: contract.id, ending: candidate, sameDivision, sameSupplier: supplierInCommon };
}
