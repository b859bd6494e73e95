import { ContractBuyersAdmin } from '../components/contract-buyers-admin';
import { PlatformAdminGate } from '../components/platform-admin-gate';

/** /contracts/buyers: buyer names of public contracts for a platform admin to match by hand. */
export function ContractBuyersPage() {
  return (
    <PlatformAdminGate>
      <ContractBuyersAdmin />
    </PlatformAdminGate>
  );
}
