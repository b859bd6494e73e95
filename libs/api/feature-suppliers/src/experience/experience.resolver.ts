import { Access, type Actor, CurrentActor } from '@lgx/api/core/auth';
import { PaginationArgs } from '@lgx/api/core/graphql';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { SupplierExperienceInput } from './experience.input';
import { SupplierExperience, SupplierExperienceConnection } from './experience.object';
import { ExperienceService } from './experience.service';

@Resolver(() => SupplierExperience)
export class ExperienceResolver {
  constructor(private readonly experiences: ExperienceService) {}

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
}
