import { CouncilsCoreModule } from '@lgx/api/core/councils';
import { Module } from '@nestjs/common';

import { DiscoveryResolver } from './discovery.resolver';
import { DiscoveryService } from './discovery.service';
import { FeedController } from './feed/feed.controller';
import { FeedService } from './feed/feed.service';
import { FrontDoorResolver } from './front-door/front-door.resolver';
import { FrontDoorService } from './front-door/front-door.service';
import { TopicResolver } from './topic/topic.resolver';
import { TopicService } from './topic/topic.service';

export const DISCOVERY_RESOLVERS = [DiscoveryResolver, FrontDoorResolver, TopicResolver];

/** Search across every content type, for officers looking for peer solutions; its Atom feeds; the home page's figures; topics. */
@Module({
  imports: [CouncilsCoreModule],
  controllers: [FeedController],
  providers: [
    DiscoveryService,
    FeedService,
    FrontDoorService,
    TopicService,
    ...DISCOVERY_RESOLVERS,
  ],
})
export class DiscoveryModule {}
