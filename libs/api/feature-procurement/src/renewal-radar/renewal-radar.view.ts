import type { ContractEnding } from '@lgx/api/core/contracts';
import { findCpv } from '@lgx/shared/domain';

import type { RadarContract } from './renewal-radar.object';

/** The GraphQL view of a contract ending the radar matched. */
export const toRadarContract = (contract: ContractEnding): RadarContract => ({
  source: contract.source,
  ocid: contract.ocid,
  title: contract.title,
  category: { code: contract.cpvCode, label: findCpv(contract.cpvCode)?.label ?? contract.cpvCode },
  endsOn: contract.endsOn,
  endsOnBasis: contract.basis,
  certainty: contract.certainty,
  supplierName: contract.supplierName,
  valueAmount: contract.valueAmount,
  valueCurrency: contract.valueCurrency,
});
