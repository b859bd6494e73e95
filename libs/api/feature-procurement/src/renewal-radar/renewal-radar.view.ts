import type { ContractEnding } from '@lgx/api/core/contracts';
import { findCpv } from '@lgx/shared/domain';

import type { RadarContract } from './renewal-radar.object';

/** The GraphQL view of a contract ending the radar matched. */
export const toRadarContract = (contract: ContractEnding): RadarContract => ({
  category: { code: contract.cpvCode, label: findCpv(contract.cpvCode)?.label ?? contract.cpvCode },
  endsOn: contract.endsOn,
  supplierName: contract.supplierName,
});
