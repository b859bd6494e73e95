import type { SupplierDirectoryEntry } from '@lgx/api/core/contracts';
import type { Council } from '@lgx/api/core/councils';
import { findCpv } from '@lgx/shared/domain';

import type { ContractSupplierEntity } from './contract-supplier.entity';
import type {
  ContractDateCertainty,
  ContractDateSource,
  ContractingProcessEntity,
} from './contracting-process.entity';
import type { Contract, ContractCpv, ContractDate } from './contracting-process.object';

/** What a contract is shown with, beside its process. */
export interface ContractParts {
  /** Its awarded suppliers, in the notice's order. */
  suppliers: ContractSupplierEntity[];
  /** Directory entries by the supplier id a row links to. */
  entries: Map<string, SupplierDirectoryEntry>;
  /** The buyer's council, when matched. */
  council: Council | null;
}

function dated(
  date: Date | null,
  source: ContractDateSource | null,
  certainty: ContractDateCertainty | null,
): ContractDate | null {
  return date && source && certainty ? { date, source, certainty } : null;
}

/** A CPV code as the notice gave it, with the label of the code LGX knows (with or without its check digit). */
export function contractCpv(code: string): ContractCpv {
  return { code, label: findCpv(code)?.label ?? null };
}

/** A contracting process as the GraphQL Contract: every field as stated, nothing guessed. */
export function toContract(entity: ContractingProcessEntity, parts: ContractParts): Contract {
  return {
    ocid: entity.ocid,
    title: entity.title,
    description: entity.description,
    buyer: { name: entity.buyerName, council: parts.council },
    suppliers: [...parts.suppliers]
      .sort((a, b) => a.position - b.position)
      .map((supplier) => ({
        name: supplier.name,
        companiesHouseNumber: supplier.companiesHouseNumber,
        directoryEntry: (supplier.supplierId && parts.entries.get(supplier.supplierId)) || null,
      })),
    value:
      entity.valueAmount !== null && entity.valueSource
        ? { amount: entity.valueAmount, currency: entity.valueCurrency, source: entity.valueSource }
        : null,
    cpvMain: entity.cpvMain ? contractCpv(entity.cpvMain) : null,
    cpvAdditional: entity.cpvAdditional.map(contractCpv),
    procurementMethod: entity.procurementMethod,
    procurementMethodDetails: entity.procurementMethodDetails,
    isFramework: entity.isFramework,
    isDynamicMarket: entity.isDynamicMarket,
    contractStart: dated(
      entity.contractStart,
      entity.contractStartSource,
      entity.contractStartCertainty,
    ),
    contractEnd: dated(entity.contractEnd, entity.contractEndSource, entity.contractEndCertainty),
    maxExtentDate: dated(
      entity.maxExtentDate,
      entity.maxExtentDateSource,
      entity.maxExtentDateCertainty,
    ),
    noticeUrls: entity.noticeUrls,
    releaseCount: entity.releaseCount,
    lastReleaseDate: entity.lastReleaseDate,
  };
}
