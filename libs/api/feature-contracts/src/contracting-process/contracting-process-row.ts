import type { BuyerMatcher } from './buyer-match';
import type { ContractSupplierEntity } from './contract-supplier.entity';
import type { ContractingProcessEntity } from './contracting-process.entity';
import { readContractRecord } from './contracting-process.rules';
import type { CompiledProcess } from './release-batch';

/** A contracting_process row, as written (its timestamps are the database's). */
export type ContractingProcessRow = Omit<ContractingProcessEntity, 'createdAt' | 'updatedAt'>;

/** What one compiled process writes: its row and its suppliers, replacing those stored. */
export interface ContractingProcessRows {
  process: ContractingProcessRow;
  suppliers: ContractSupplierEntity[];
}

/** The rows of one compiled process: the fields LGX reads from it and its buyer's match. */
export function contractingProcessRows(
  { ocid, compiled, newest, releaseCount }: CompiledProcess,
  matchBuyer: BuyerMatcher,
): ContractingProcessRows {
  const record = readContractRecord(compiled);
  const buyer = matchBuyer(record.buyer);
  const process: ContractingProcessRow = {
    ocid,
    title: record.title,
    description: record.description,
    buyerName: record.buyer.name,
    buyerIdentifierScheme: record.buyer.identifiers[0]?.scheme ?? null,
    buyerIdentifierId: record.buyer.identifiers[0]?.id ?? null,
    buyerCouncilCode: buyer.councilCode,
    buyerNameKey: buyer.nameKey,
    buyerMatch: buyer.how,
    buyerMatchNote: buyer.note,
    buyerCandidates: buyer.candidates,
    valueAmount: record.value?.amount ?? null,
    valueCurrency: record.value?.currency ?? null,
    valueSource: record.value?.source ?? null,
    cpvMain: record.cpvMain,
    cpvAdditional: record.cpvAdditional,
    procurementMethod: record.procurementMethod,
    procurementMethodDetails: record.procurementMethodDetails,
    isFramework: record.isFramework,
    isDynamicMarket: record.isDynamicMarket,
    contractStart: record.contractStart?.value ?? null,
    contractStartSource: record.contractStart?.source ?? null,
    contractStartCertainty: record.contractStart?.certainty ?? null,
    contractEnd: record.contractEnd?.value ?? null,
    contractEndSource: record.contractEnd?.source ?? null,
    contractEndCertainty: record.contractEnd?.certainty ?? null,
    maxExtentDate: record.maxExtentDate?.value ?? null,
    maxExtentDateSource: record.maxExtentDate?.source ?? null,
    maxExtentDateCertainty: record.maxExtentDate?.certainty ?? null,
    noticeUrls: record.noticeUrls,
    lastReleaseDate: newest.date,
    lastReleaseId: newest.id,
    releaseCount,
    compiledRelease: compiled,
  };
  // Linked to the supplier directory after the batch (ContractSupplierLinkService).
  const suppliers = record.suppliers.map((supplier, position) => ({
    ocid,
    position,
    ...supplier,
    supplierId: null,
  }));
  return { process, suppliers };
}
