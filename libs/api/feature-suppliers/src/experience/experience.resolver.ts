import { Access, type Actor, CurrentActor } from '@lgx/api/core/auth';
import { PaginationArgs } from '@lgx/api/core/graphql';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { SupplierExperienceInput } from './experience.input';
import { SupplierExperience, SupplierExperienceConnection } from './experience.object';
import { ExperienceService } from './experience.service';
import { ExperienceTextEdit } from './experience-moderation.input';
import {
  ConcernOutcomeEnum,
  ExperienceConcern,
  ModerationQueue,
} from './experience-moderation.object';
import { ExperienceModerationService } from './experience-moderation.service';

@Resolver(() => SupplierExperience)
export class ExperienceResolver {
  constructor(
    private readonly experiences: ExperienceService,
    private readonly moderation: ExperienceModerationService,
  ) {}

  @Access.officer()
  @Query(() => SupplierExperience, {
    description:
      'A published experience, or one of your council’s (moderators: any). Verified officers only.',
  })
  async supplierExperience(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ) {
    return (await this.experiences.view(actor, [await this.experiences.get(actor, id)]))[0];
  }

  @Access.officer()
  @Query(() => SupplierExperienceConnection, {
    description: 'Published experiences of a supplier, newest first.',
  })
  async supplierExperiences(
    @CurrentActor() actor: Actor,
    @Args('supplierId', { type: () => ID }) supplierId: string,
    @Args() page: PaginationArgs,
  ) {
    const connection = await this.experiences.forSupplier(actor, supplierId, page);
    const nodes = await this.experiences.view(
      actor,
      connection.edges.map((edge) => edge.node),
    );
    return {
      ...connection,
      edges: connection.edges.map((edge, i) => ({ ...edge, node: nodes[i] })),
    };
  }

  @Access.officer()
  @Query(() => [SupplierExperience], {
    description: 'Every experience of your council, whatever its status.',
  })
  async myCouncilSupplierExperiences(@CurrentActor() actor: Actor) {
    return this.experiences.view(actor, await this.experiences.forMyCouncil(actor));
  }

  @Access.officer()
  @Query(() => [SupplierExperience], {
    description:
      "A council's published experiences that name it (all its published ones, for its own officers).",
  })
  async councilSupplierExperiences(
    @CurrentActor() actor: Actor,
    @Args('councilCode') councilCode: string,
  ) {
    return this.experiences.view(actor, await this.experiences.forCouncil(actor, councilCode));
  }

  @Access.officer()
  @Mutation(() => SupplierExperience, {
    description: 'Writes an experience for your council; it goes to moderation.',
  })
  async createSupplierExperience(
    @CurrentActor() actor: Actor,
    @Args('input') input: SupplierExperienceInput,
  ) {
    return (await this.experiences.view(actor, [await this.experiences.create(actor, input)]))[0];
  }

  @Access.officer()
  @Mutation(() => SupplierExperience, {
    description: 'Changes an experience in moderation; it goes back to the queue.',
  })
  async updateSupplierExperience(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: SupplierExperienceInput,
  ) {
    return (
      await this.experiences.view(actor, [await this.experiences.update(actor, id, input)])
    )[0];
  }

  @Access.signedIn()
  @Mutation(() => ExperienceConcern, {
    description: 'Raises a concern about a published experience.',
  })
  raiseSupplierExperienceConcern(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('details') details: string,
  ) {
    return this.moderation.raiseConcern(actor, id, details);
  }

  @Access.platformRole('MODERATOR')
  @Query(() => ModerationQueue, {
    description: 'Experiences to moderate and open concerns (moderators).',
  })
  async supplierModerationQueue(@CurrentActor() actor: Actor): Promise<ModerationQueue> {
    const queue = await this.moderation.queue(actor);
    return {
      submitted: await this.experiences.view(actor, queue.submitted),
      concerns: queue.concerns,
    };
  }

  @Access.platformRole('MODERATOR')
  @Mutation(() => SupplierExperience)
  async publishSupplierExperience(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ) {
    return (await this.experiences.view(actor, [await this.moderation.publish(actor, id)]))[0];
  }

  @Access.platformRole('MODERATOR')
  @Mutation(() => SupplierExperience, {
    description: 'Sends it back to its author, who is emailed the message.',
  })
  async requestSupplierExperienceChanges(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('message') message: string,
  ) {
    return (
      await this.experiences.view(actor, [await this.moderation.requestChanges(actor, id, message)])
    )[0];
  }

  @Access.platformRole('MODERATOR')
  @Mutation(() => SupplierExperience)
  async rejectSupplierExperience(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { nullable: true }) reason?: string,
  ) {
    return (
      await this.experiences.view(actor, [await this.moderation.reject(actor, id, reason)])
    )[0];
  }

  @Access.platformRole('MODERATOR')
  @Mutation(() => ExperienceConcern, {
    description: 'Enters a supplier’s notice of complaint, which starts a 48-hour clock.',
  })
  recordSupplierComplaint(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('details') details: string,
  ) {
    return this.moderation.recordComplaint(actor, id, details);
  }

  @Access.platformRole('MODERATOR')
  @Mutation(() => ExperienceConcern, {
    description: 'Ends a concern or complaint: kept, edited or removed.',
  })
  resolveSupplierExperienceConcern(
    @CurrentActor() actor: Actor,
    @Args('concernId', { type: () => ID }) concernId: string,
    @Args('outcome', { type: () => ConcernOutcomeEnum }) outcome: keyof typeof ConcernOutcomeEnum,
    @Args('note', { nullable: true }) note?: string,
    @Args('edit', { nullable: true, type: () => ExperienceTextEdit }) edit?: ExperienceTextEdit,
  ) {
    return this.moderation.resolve(actor, concernId, outcome, note, edit);
  }
}
