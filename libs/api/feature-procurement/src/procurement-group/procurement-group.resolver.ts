import { Access, type Actor, CurrentActor } from '@lgx/api/core/auth';
import { CouncilDirectory } from '@lgx/api/core/councils';
import { PaginationArgs } from '@lgx/api/core/graphql';
import { NATION_KEYS } from '@lgx/shared/domain';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import type { ProcurementGroupEntity } from './procurement-group.entity';
import {
  CommitmentInput,
  MoveGroupStageInput,
  ProcurementGroupFilter,
  ProcurementGroupInput,
} from './procurement-group.input';
import {
  GroupDemand,
  GroupMember,
  GroupMessage,
  GroupStageChange,
  GroupViewer,
  GroupWorkspace,
  ProcurementGroup,
  ProcurementGroupConnection,
} from './procurement-group.object';
import { ProcurementGroupService } from './procurement-group.service';
import {
  money,
  toGroupDocument,
  toGroupMember,
  toGroupMessage,
  toGroupStageChange,
  toProcurementGroup,
} from './procurement-group.view';
import { aggregateDemand, demandForReader } from './procurement-group-demand';
import { isMemberStatus } from './procurement-group-member.entity';
import { ProcurementGroupMembershipService } from './procurement-group-membership.service';
import { ProcurementGroupViewerService } from './procurement-group-viewer.service';
import { ProcurementGroupWorkspaceService } from './procurement-group-workspace.service';

@Resolver(() => ProcurementGroup)
export class ProcurementGroupResolver {
  constructor(
    private readonly groups: ProcurementGroupService,
    private readonly membership: ProcurementGroupMembershipService,
    private readonly workspace: ProcurementGroupWorkspaceService,
    private readonly councils: CouncilDirectory,
    private readonly viewers: ProcurementGroupViewerService,
  ) {}

  @Access.officer()
  @Query(() => ProcurementGroup, {
    description: 'A procurement group, for verified officers.',
  })
  async procurementGroup(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.view(await this.groups.get(actor, id));
  }

  @Access.officer()
  @Query(() => ProcurementGroupConnection, {
    description: 'Open groups, and invite-only ones your council is in; newest first.',
  })
  async procurementGroups(
    @CurrentActor() actor: Actor,
    @Args() { first, after }: PaginationArgs,
    @Args('filter', { type: () => ProcurementGroupFilter, nullable: true })
    filter: ProcurementGroupFilter | null,
  ) {
    const page = await this.groups.list(actor, filter, first, after);
    const leads = await this.councilMap(page.edges.map((edge) => edge.node.leadCouncilCode));
    return {
      ...page,
      edges: page.edges.map((edge) => ({
        cursor: edge.cursor,
        node: toProcurementGroup(edge.node, leads.get(edge.node.leadCouncilCode)!),
      })),
    };
  }

  @Access.officer()
  @Query(() => GroupWorkspace, {
    description: 'The discussion and documents of a group: for officers of member councils only.',
  })
  async procurementGroupWorkspace(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<GroupWorkspace> {
    const messages = await this.workspace.messages(actor, id);
    const documents = await this.workspace.documents(actor, id);
    const group = await this.groups.get(actor, id);
    const councils = await this.councilMap([
      ...messages.map((m) => m.councilCode),
      ...documents.map((d) => d.councilCode),
    ]);
    return {
      messages: messages.map((m) => toGroupMessage(m, councils.get(m.councilCode)!)),
      documents: documents.map((d) =>
        toGroupDocument(d, councils.get(d.councilCode)!, this.workspace.canRemove(actor, d, group)),
      ),
    };
  }

  @ResolveField(() => GroupDemand)
  async demand(
    @CurrentActor() actor: Actor,
    @Parent() group: ProcurementGroup,
  ): Promise<GroupDemand> {
    const memberships = await this.groups.memberships(group.id);
    const councils = await this.councilMap(memberships.map((m) => m.councilCode));
    const demand = aggregateDemand(
      memberships,
      new Map(
        [...councils].map(([code, c]) => [
          code,
          { population: c.population, region: c.region, nation: NATION_KEYS[c.nation] },
        ]),
      ),
      group.minimumCouncils,
    );
    const { committedValuePence, ...view } = demandForReader(
      demand,
      this.readsInFull(actor, group, memberships),
    );
    return { ...view, committedValue: money(committedValuePence) };
  }

  @ResolveField(() => [GroupMember], {
    description:
      'Member councils for everyone; invitations, requests and commitments only for members.',
  })
  async members(
    @CurrentActor() actor: Actor,
    @Parent() group: ProcurementGroup,
  ): Promise<GroupMember[]> {
    const memberships = await this.groups.memberships(group.id);
    const readerIsMember = this.readsInFull(actor, group, memberships);
    const visible = memberships.filter(
      (m) =>
        isMemberStatus(m.status) || (readerIsMember && ['INVITED', 'REQUESTED'].includes(m.status)),
    );
    const councils = await this.councilMap(visible.map((m) => m.councilCode));
    return visible.map((m) =>
      toGroupMember(m, councils.get(m.councilCode)!, group.leadCouncil.code, readerIsMember),
    );
  }

  /**
   * Whether the reader sees every figure and status: members do, and anyone
   * does for sample content, whose figures its public source states.
   */
  private readsInFull(
    actor: Actor,
    group: ProcurementGroup,
    memberships: Parameters<ProcurementGroupService['readsPrivate']>[1],
  ): boolean {
    return group.isSample || this.groups.readsPrivate(actor, memberships);
  }

  @ResolveField(() => GroupViewer)
  async viewer(@CurrentActor() actor: Actor, @Parent() group: ProcurementGroup) {
    const entity = await this.groups.get(actor, group.id);
    return this.viewers.viewerPlace(actor, entity, await this.groups.memberships(group.id));
  }

  @ResolveField(() => [GroupStageChange], { description: 'Oldest first.' })
  async stageHistory(
    @CurrentActor() actor: Actor,
    @Parent() group: ProcurementGroup,
  ): Promise<GroupStageChange[]> {
    const changes = await this.groups.history(actor, group.id);
    const councils = await this.councilMap(changes.map((c) => c.changedByCouncilCode));
    return changes.map((c) => toGroupStageChange(c, councils.get(c.changedByCouncilCode) ?? null));
  }

  @Access.councilRole('EDITOR')
  @Mutation(() => ProcurementGroup, { description: 'Starts a group led by your council.' })
  async startProcurementGroup(
    @CurrentActor() actor: Actor,
    @Args('input') input: ProcurementGroupInput,
  ) {
    return this.view(await this.groups.create(actor, input));
  }

  @Access.councilRole('EDITOR')
  @Mutation(() => ProcurementGroup, {
    description:
      "Changes a group's details (lead council editors), checked as at its start: every detail before tender, only the title and need after, nothing once it has ended.",
  })
  async updateProcurementGroup(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: ProcurementGroupInput,
  ) {
    return this.view(await this.groups.update(actor, id, input));
  }

  @Access.councilRole('EDITOR')
  @Mutation(() => ProcurementGroup, {
    description:
      "Moves the group's stage (lead council editors); closing or abandoning needs a reason.",
  })
  async moveProcurementGroupStage(
    @CurrentActor() actor: Actor,
    @Args('input') input: MoveGroupStageInput,
  ) {
    return this.view(await this.groups.moveStage(actor, input));
  }

  @Access.officer()
  @Mutation(() => ProcurementGroup, {
    description:
      'Your council joins an open group (or one it was invited to), or asks to join an invite-only one.',
  })
  async expressInterestInGroup(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ) {
    return this.view(await this.membership.expressInterest(actor, id));
  }

  @Access.councilRole('EDITOR')
  @Mutation(() => ProcurementGroup, {
    description: 'Commits your council, or changes its commitment.',
  })
  async commitToGroup(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: CommitmentInput,
  ) {
    return this.view(await this.membership.commit(actor, id, input));
  }

  @Access.officer()
  @Mutation(() => ProcurementGroup, {
    description: 'Your council leaves (withdrawing a commitment needs an editor).',
  })
  async withdrawFromGroup(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ) {
    return this.view(await this.membership.withdraw(actor, id));
  }

  @Access.councilRole('EDITOR')
  @Mutation(() => ProcurementGroup, { description: 'The lead invites a council.' })
  async inviteCouncilToGroup(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('councilCode') councilCode: string,
  ) {
    return this.view(await this.membership.invite(actor, id, councilCode));
  }

  @Access.councilRole('EDITOR')
  @Mutation(() => ProcurementGroup, {
    description: "The lead accepts or declines a council's request to join.",
  })
  async answerGroupJoinRequest(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('councilCode') councilCode: string,
    @Args('accept', { type: () => Boolean }) accept: boolean,
  ) {
    return this.view(await this.membership.answerRequest(actor, id, councilCode, accept));
  }

  @Access.officer()
  @Mutation(() => GroupMessage, { description: 'Posts to the discussion (member councils only).' })
  async postGroupMessage(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('body') body: string,
  ): Promise<GroupMessage> {
    const message = await this.workspace.post(actor, id, body);
    return toGroupMessage(message, (await this.councils.findByCode(message.councilCode))!);
  }

  @Access.councilRole('EDITOR')
  @Mutation(() => Boolean, {
    description:
      'Removes a shared document (editors of the council that shared it, or of the lead council).',
  })
  async deleteGroupDocument(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ) {
    await this.workspace.removeDocument(actor, id);
    return true;
  }

  private async view(group: ProcurementGroupEntity): Promise<ProcurementGroup> {
    return toProcurementGroup(group, (await this.councils.findByCode(group.leadCouncilCode))!);
  }

  private async councilMap(codes: string[]) {
    const councils = await this.councils.findByCodes([...new Set(codes)]);
    return new Map(councils.map((council) => [council.code, council]));
  }
}
