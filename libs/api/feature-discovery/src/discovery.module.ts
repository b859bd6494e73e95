import { CouncilsCoreModule } from '@lgx/api/core/councils';
import { Module } from '@nestjs/common';

import { DiscoveryResolver } from './discovery.resolver';
import { DiscoveryService } from './discovery.service';
import { FeedController } from './feed/feed.controller';
import { FeedService } from './feed/feed.service';

export const DISCOVERY_RESOLVERS = [DiscoveryResolver];

/** Search across every content type, for officers looking for peer solutions; its Atom feeds. */
@Module({
  imports: [CouncilsCoreModule],
  controllers: [FeedController],
  providers: [DiscoveryService, FeedService, ...DISCOVERY_RESOLVERS],
})
export class DiscoveryModule {}
