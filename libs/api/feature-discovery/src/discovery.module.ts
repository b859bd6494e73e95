import { CouncilsCoreModule } from '@lgx/api/core/councils';
import { Module } from '@nestjs/common';

import { DiscoveryResolver } from './discovery.resolver';
import { DiscoveryService } from './discovery.service';

export const DISCOVERY_RESOLVERS = [DiscoveryResolver];

/** Search across every content type, for officers looking for peer solutions. */
@Module({ imports: [CouncilsCoreModule], providers: [DiscoveryService, ...DISCOVERY_RESOLVERS] })
export class DiscoveryModule {}
