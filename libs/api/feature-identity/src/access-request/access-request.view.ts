import type { Council } from '@lgx/api/core/councils';

import type { AccountEntity } from '../account/account.entity';
import type { AccessRequestEntity } from './access-request.entity';
import type { AccessRequest } from './access-request.object';

/** A request as those who decide (and those who asked) see it; requesters in the order they asked. */
export function toAccessRequest(
  entity: AccessRequestEntity,
  council: Council,
  accounts: Map<string, AccountEntity>,
): AccessRequest {
  return {
    id: entity.id,
    kind: entity.kind,
    council,
    domain: entity.domain,
    requesters: entity.requesterIds.flatMap((id) => {
      const account = accounts.get(id);
      return account?.email
        ? [{ id, name: account.name, jobTitle: account.jobTitle, email: account.email }]
        : [];
    }),
    status: entity.status,
    declineReason: entity.declineReason,
    createdAt: entity.createdAt,
    decidedAt: entity.decidedAt,
  };
}
