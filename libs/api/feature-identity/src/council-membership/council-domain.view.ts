import type { Council } from '@lgx/api/core/councils';

import type { CouncilDomainEntity } from './council-domain.entity';
import type { CouncilDomain } from './council-domain.object';

export function toCouncilDomain(entity: CouncilDomainEntity, council: Council): CouncilDomain {
  return { domain: entity.domain, council, createdAt: entity.createdAt };
}
