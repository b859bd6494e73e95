import { Access } from '@lgx/api/core/auth';
import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { SearchHit } from '../discovery.object';
import { Topic } from './topic.object';
import { TopicService } from './topic.service';

/** Topics and their pages: public, the same for everybody. */
@Resolver(() => Topic)
export class TopicResolver {
  constructor(private readonly service: TopicService) {}

  @Access.public()
  @Query(() => [Topic], {
    description:
      'Every topic (service areas, technologies, strategic objectives), with how many published case studies and components have it.',
  })
  topics(): Promise<Topic[]> {
    return this.service.topics();
  }

  @Access.public()
  @Query(() => Topic, {
    nullable: true,
    description: 'The topic of a topic page’s address (/topics/<kind>/<slug>); null when none.',
  })
  topic(
    @Args('kind', { type: () => String, description: 'service-area, technology or objective.' })
    kind: string,
    @Args('slug', { type: () => String, description: 'The value, e.g. housing.' }) slug: string,
  ): Promise<Topic | null> {
    return this.service.topic(kind, slug);
  }

  @ResolveField(() => [SearchHit], {
    description: 'Its newest published case studies (the search page has them all).',
  })
  caseStudies(@Parent() topic: Topic): Promise<SearchHit[]> {
    return this.service.tagged(topic, 'CASE_STUDY');
  }

  @ResolveField(() => [SearchHit], {
    description: 'Its most adopted published components (the search page has them all).',
  })
  components(@Parent() topic: Topic): Promise<SearchHit[]> {
    return this.service.tagged(topic, 'COMPONENT');
  }
}
