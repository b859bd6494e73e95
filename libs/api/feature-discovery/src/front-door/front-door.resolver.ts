import { Access } from '@lgx/api/core/auth';
import { Query, ResolveField, Resolver } from '@nestjs/graphql';

import { SearchHit } from '../discovery.object';
import { FrontDoor, FrontDoorFigures } from './front-door.object';
import { FrontDoorService } from './front-door.service';

/** The home page in one query; each part answers on its own, so figures show when search is down. */
@Resolver(() => FrontDoor)
export class FrontDoorResolver {
  constructor(private readonly service: FrontDoorService) {}

  @Access.public()
  @Query(() => FrontDoor, {
    description:
      'What LGX holds, its newest case studies and its most adopted components: public only, the same for everybody.',
  })
  frontDoor(): Partial<FrontDoor> {
    return {};
  }

  @ResolveField(() => FrontDoorFigures)
  figures(): Promise<FrontDoorFigures> {
    return this.service.figures();
  }

  @ResolveField(() => [SearchHit], { nullable: true })
  newestCaseStudies(): Promise<SearchHit[]> {
    return this.service.newestCaseStudies();
  }

  @ResolveField(() => [SearchHit], { nullable: true })
  mostAdoptedComponents(): Promise<SearchHit[]> {
    return this.service.mostAdoptedComponents();
  }
}
