import { Access, type Actor, CurrentActor } from '@lgx/api/core/auth';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import type { CoMaintainerInvitationEntity } from './co-maintainer-invitation.entity';
import { CoMaintainerInvitation } from './co-maintainer-invitation.object';
import { CoMaintainerInvitationService } from './co-maintainer-invitation.service';
import { Component } from './component.object';

type ComponentSummary = Pick<Component, 'id' | 'name' | 'summary' | 'status'>;

/** Invitations to maintain a component: asked by a maintaining council, answered by the invited one. */
@Resolver(() => Component)
export class CoMaintainerInvitationResolver {
  constructor(private readonly invitations: CoMaintainerInvitationService) {}

  @ResolveField(() => [CoMaintainerInvitation], {
    description:
      'Councils asked to maintain it that have not accepted (pending or declined). Only officers of its maintaining councils see them; anyone else gets an empty list.',
  })
  async coMaintainerInvitations(@CurrentActor() actor: Actor, @Parent() component: Component) {
    const invitations = await this.invitations.sent(
      actor,
      component.id,
      component.maintainingCouncils.map((council) => council.code),
    );
    return this.views(invitations.map((invitation) => ({ invitation, subject: component })));
  }

  @ResolveField(() => CoMaintainerInvitation, {
    nullable: true,
    description:
      "The open invitation to the viewer's council to maintain it, when the viewer may answer it (an editor or admin of that council).",
  })
  async invitationToMyCouncil(@CurrentActor() actor: Actor, @Parent() component: Component) {
    const invitation = await this.invitations.toActorsCouncil(actor, component.id);
    return invitation
      ? ((await this.views([{ invitation, subject: component }]))[0] ?? null)
      : null;
  }

  @Access.councilRole('EDITOR')
  @Query(() => [CoMaintainerInvitation], {
    description:
      "Open invitations to your council to maintain components, newest first (for your council's editors and admins).",
  })
  async coMaintainerInvitationsToMyCouncil(@CurrentActor() actor: Actor) {
    return this.views(await this.invitations.received(actor));
  }

  @Access.councilRole('EDITOR')
  @Mutation(() => Boolean, {
    description:
      'Accepts (your council becomes a maintainer) or declines an invitation to your council to maintain a component.',
  })
  async respondToCoMaintainerInvitation(
    @CurrentActor() actor: Actor,
    @Args('componentId', { type: () => ID }) componentId: string,
    @Args('accept', { type: () => Boolean }) accept: boolean,
  ) {
    await this.invitations.respond(actor, componentId, accept);
    return true;
  }

  @Access.councilRole('EDITOR')
  @Mutation(() => Boolean, {
    description: 'Withdraws an invitation to maintain a component (or clears a declined one).',
  })
  async withdrawCoMaintainerInvitation(
    @CurrentActor() actor: Actor,
    @Args('componentId', { type: () => ID }) componentId: string,
    @Args('councilCode') councilCode: string,
  ) {
    await this.invitations.withdraw(actor, componentId, councilCode);
    return true;
  }

  @Access.councilRole('EDITOR')
  @Mutation(() => Boolean, {
    description: 'Your council stops maintaining a component (another council must remain).',
  })
  async leaveComponent(
    @CurrentActor() actor: Actor,
    @Args('componentId', { type: () => ID }) componentId: string,
  ) {
    await this.invitations.leave(actor, componentId);
    return true;
  }

  private async views(
    records: { invitation: CoMaintainerInvitationEntity; subject: ComponentSummary }[],
  ): Promise<CoMaintainerInvitation[]> {
    return (await this.invitations.withCouncils(records)).map(
      ({ invitation, subject, council, invitedBy }) => ({
        componentId: subject.id,
        componentName: subject.name,
        componentSummary: subject.summary,
        componentStatus: subject.status,
        council,
        invitedBy,
        invitedAt: invitation.invitedAt,
        status: invitation.status,
        respondedAt: invitation.respondedAt,
      }),
    );
  }
}
