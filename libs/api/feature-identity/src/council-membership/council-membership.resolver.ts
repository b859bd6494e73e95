import { Access, type Actor, type CouncilRole, CurrentActor } from '@lgx/api/core/auth';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { CouncilRoleEnum, Member } from './council-membership.object';
import { CouncilMembershipService } from './council-membership.service';
import { toMember } from './council-membership.view';

/** A council's members, managed by its admins. */
@Resolver()
export class CouncilMembershipResolver {
  constructor(private readonly memberships: CouncilMembershipService) {}

  @Access.signedIn()
  @Query(() => [Member], {
    description: "A council's members (for its admins and platform admins).",
  })
  async councilMembers(@CurrentActor() actor: Actor, @Args('councilCode') councilCode: string) {
    return (await this.memberships.list(actor, councilCode.trim().toUpperCase())).map(toMember);
  }

  @Access.signedIn()
  @Mutation(() => Member)
  async changeMemberRole(
    @CurrentActor() actor: Actor,
    @Args('accountId', { type: () => ID }) accountId: string,
    @Args('role', { type: () => CouncilRoleEnum }) role: CouncilRole,
  ) {
    return toMember(await this.memberships.changeRole(actor, accountId, role));
  }

  @Access.signedIn()
  @Mutation(() => Boolean, {
    description: 'Removes a member from the council; their sessions end.',
  })
  async removeMember(
    @CurrentActor() actor: Actor,
    @Args('accountId', { type: () => ID }) accountId: string,
  ) {
    await this.memberships.remove(actor, accountId);
    return true;
  }
}
