import { ContractEndings } from '@lgx/api/core/contracts';

/**
 * Supplier experiences provide contract endings in the API; this feature's own
 * app has none. The renewal radar is tested with both in apps/api.
 */
export const NO_CONTRACT_ENDINGS = {
  module: class NoContractEndingsModule {},
  global: true,
  providers: [{ provide: ContractEndings, useValue: { find: async () => [] } }],
  exports: [ContractEndings],
};
