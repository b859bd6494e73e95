import type { RadarContractFieldsFragment } from '@lgx/web/data-access';

import { formatDay } from './labels';

export type RadarContract = RadarContractFieldsFragment;

const CERTAINTY_LABELS: Record<NonNullable<RadarContract['certainty']>, string> = {
  ESTIMATED: 'estimated at tender',
  EXPECTED: 'expected at award',
  CONFIRMED: 'as the contract states',
};

/** A public contract's title, else what was bought. */
export const contractName = (contract: RadarContract) => contract.title ?? contract.category.label;

/** The contract page of a public contract; null for a supplier experience. */
export const contractPath = (contract: RadarContract) =>
  contract.ocid ? `/contracts/${encodeURIComponent(contract.ocid)}` : null;

export const supplierOf = (contract: RadarContract) =>
  contract.supplierName ?? 'supplier not published';

/** "ends 31 March 2028 (latest possible end, with extensions; expected at award)". */
export function endDescription(contract: RadarContract): string {
  const notes = [
    contract.endsOnBasis === 'LATEST_POSSIBLE_END' ? 'latest possible end, with extensions' : null,
    contract.certainty ? CERTAINTY_LABELS[contract.certainty] : null,
  ].filter(Boolean);
  return `ends ${formatDay(contract.endsOn)}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`;
}

const pounds = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'GBP',
  maximumFractionDigits: 0,
});

/** The value as published: in pounds when it is, else with its currency, or "currency not stated". */
export function valueDescription(contract: RadarContract): string | null {
  if (contract.valueAmount === null) return null;
  if (contract.valueCurrency === 'GBP') return pounds.format(Number(contract.valueAmount));
  return `${contract.valueAmount} ${contract.valueCurrency ?? '(currency not stated)'}`;
}

export const SOURCE_LABELS: Record<RadarContract['source'], string> = {
  PUBLIC_CONTRACT: 'Public contract',
  SUPPLIER_EXPERIENCE: 'Supplier experience',
};

/** Why another council's contract is shown beside one of ours. */
export function peerReason(peer: { sameDivision: boolean; sameSupplier: boolean }): string {
  if (peer.sameDivision && peer.sameSupplier) return 'same category and supplier';
  return peer.sameSupplier ? 'same supplier' : 'same category';
}
