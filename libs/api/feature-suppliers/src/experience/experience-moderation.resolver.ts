import { Access, type Actor, CurrentActor } from '@lgx/api/core/auth';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { SupplierExperience } from './experience.object';
import { ExperienceService } from './experience.service';
import { ExperienceTextEdit } from './experience-moderation.input';
import {
  ConcernOutcomeEnum,
  ExperienceConcern,
  ModerationQueue,
} from './experience-moderation.object';
import { ExperienceModerationService } from './experience-moderation.service';

/** The moderation queue, concerns and suppliers' complaints. */
@Resolver(() => SupplierExperience)
export class ExperienceModerationResolver {
  constructor(
    private readonly experiences: ExperienceService,
    private readonly moderation: ExperienceModerationService,
  ) {}

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
