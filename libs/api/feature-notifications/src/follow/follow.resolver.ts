import { Access, type Actor, CurrentActor } from '@lgx/api/core/auth';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { FollowInput, SavedSearchInput } from './follow.input';
import { DigestFrequencyEnum, Follow } from './follow.object';
import type { DigestFrequency } from './follow.rules';
import { FollowService } from './follow.service';

@Resolver(() => Follow)
export class FollowResolver {
  constructor(private readonly follows: FollowService) {}

  @Access.signedIn()
  @Query(() => [Follow], { description: 'Everything you follow, newest first.' })
  following(@CurrentActor() actor: Actor) {
    return this.follows.list(actor);
  }

  @Access.signedIn()
  @Mutation(() => Follow, {
    description: 'Follows a council, topic, component, supplier or group; again changes nothing.',
  })
  follow(@CurrentActor() actor: Actor, @Args('input') input: FollowInput) {
    return this.follows.follow(actor, input);
  }

  @Access.signedIn()
  @Mutation(() => Boolean, {
    description: 'Stops following; false when you did not follow it (nothing changes).',
  })
  unfollow(@CurrentActor() actor: Actor, @Args('input') input: FollowInput) {
    return this.follows.unfollow(actor, input);
  }

  @Access.signedIn()
  @Mutation(() => Follow, {
    description:
      'Saves a search: you hear of new records it finds. Saving it again changes nothing.',
  })
  saveSearch(@CurrentActor() actor: Actor, @Args('search') search: SavedSearchInput) {
    return this.follows.saveSearch(actor, search);
  }

  @Access.signedIn()
  @Mutation(() => Follow, { description: 'How often the digest of one follow is emailed.' })
  setFollowDigest(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('digest', { type: () => DigestFrequencyEnum }) digest: DigestFrequency,
  ) {
    return this.follows.setDigest(actor, id, digest);
  }
}
