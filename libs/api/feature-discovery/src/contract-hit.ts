import type { SearchHitResult } from '@lgx/api/core/search';

/** A contract result's buyer, suppliers, value and end, as published; all null for other types. */
export interface ContractHitDetails {
  buyerName: string | null;
  supplierNames: string[] | null;
  valueAmount: string | null;
  valueCurrency: string | null;
  contractEnd: Date | null;
  maxExtentDate: Date | null;
}

const NONE: ContractHitDetails = {
  buyerName: null,
  supplierNames: null,
  valueAmount: null,
  valueCurrency: null,
  contractEnd: null,
  maxExtentDate: null,
};

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const date = (seconds: unknown): Date | null =>
  typeof seconds === 'number' && Number.isFinite(seconds) ? new Date(seconds * 1000) : null;

/** What a contract's search document carries for its result (CONTRACT_SEARCH.hitAttributes). */
export function contractHitDetails(hit: SearchHitResult): ContractHitDetails {
  if (hit.type !== 'contract') return NONE;
  const { buyerName, supplier, valueStated, valueCurrency, contractEndAt, maxExtentAt } =
    hit.details;
  return {
    buyerName: text(buyerName),
    supplierNames: Array.isArray(supplier)
      ? supplier.filter((name) => typeof name === 'string')
      : [],
    valueAmount: text(valueStated),
    valueCurrency: text(valueCurrency),
    contractEnd: date(contractEndAt),
    maxExtentDate: date(maxExtentAt),
  };
}
