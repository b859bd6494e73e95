import { Access, type Actor, CurrentActor } from '@lgx/api/core/auth';
import { PaginationArgs } from '@lgx/api/core/graphql';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { SupplierInput } from './supplier.input';
import { Supplier, SupplierConnection } from './supplier.object';
import { SupplierService } from './supplier.service';
import { toSupplier } from './supplier.view';
import { SupplierRatings } from './supplier-rating.object';
import { SupplierRatingService } from './supplier-rating.service';

@Resolver(() => Supplier)
export class SupplierResolver {
  constructor(
    private readonly directory: SupplierService,
    private readonly ratings: SupplierRatingService,
  ) {}

  @Access.officer()
  @Query(() => SupplierConnection, {
    description:
      'The supplier directory: A to Z, or with a query the best matches first. Verified officers only.',
  })
  async suppliers(
    @CurrentActor() actor: Actor,
    @Args() page: PaginationArgs,
    @Args('query', {
      nullable: true,
      description:
        'Words of the name (or a former name), Companies House number or category; typos are forgiven.',
    })
    query?: string,
  ) {
    const connection = await this.directory.list(actor, { ...page, query });
    return {
      ...connection,
      edges: connection.edges.map((edge) => ({ ...edge, node: toSupplier(edge.node) })),
    };
  }

  @Access.officer()
  @Query(() => Supplier, {
    description: 'A supplier (a merged one gives the supplier it was merged into).',
  })
  async supplier(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return toSupplier(await this.directory.get(actor, id));
  }

  @Access.officer()
  @Query(() => SupplierRatings, {
    description:
      'Average ratings from published experiences, only when at least 3 councils contributed that a reader can tell apart: the councils named, and one for each anonymised description none of them has.',
  })
  async supplierRatings(
    @CurrentActor() actor: Actor,
    @Args('supplierId', { type: () => ID }) supplierId: string,
  ): Promise<SupplierRatings> {
    const ratings = await this.ratings.ratings(actor, supplierId);
    return ratings.enoughExperiences
      ? ratings
      : {
          enoughExperiences: false,
          experienceCount: null,
          councilCount: null,
          wouldBuyAgain: null,
          dimensions: [],
        };
  }

  @Access.officer()
  @Mutation(() => Supplier, { description: 'Adds a supplier to the directory.' })
  async createSupplier(@CurrentActor() actor: Actor, @Args('input') input: SupplierInput) {
    return toSupplier(await this.directory.create(actor, input));
  }

  @Access.platformRole('MODERATOR')
  @Mutation(() => Supplier, { description: 'Corrects a supplier (moderators).' })
  async updateSupplier(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: SupplierInput,
  ) {
    return toSupplier(await this.directory.update(actor, id, input));
  }

  @Access.platformRole('MODERATOR')
  @Mutation(() => Supplier, {
    description: 'Merges a duplicate into another supplier, moving every experience (moderators).',
  })
  async mergeSuppliers(
    @CurrentActor() actor: Actor,
    @Args('duplicateId', { type: () => ID }) duplicateId: string,
    @Args('intoId', { type: () => ID }) intoId: string,
  ) {
    return toSupplier(await this.directory.merge(actor, duplicateId, intoId));
  }
}
