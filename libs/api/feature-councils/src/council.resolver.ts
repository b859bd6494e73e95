import { Access } from '@lgx/api/core/auth';
import { Council, CouncilDirectory } from '@lgx/api/core/councils';
import { PaginationArgs } from '@lgx/api/core/graphql';
import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { CouncilsFilterInput } from './council.input';
import { CouncilConnection } from './council.object';
import { CouncilService } from './council.service';

@Resolver(() => Council)
export class CouncilResolver {
  constructor(
    private readonly service: CouncilService,
    private readonly directory: CouncilDirectory,
  ) {}

  @Access.public()
  @Query(() => CouncilConnection, { description: 'The council register, in name order.' })
  councils(
    @Args() { first, after }: PaginationArgs,
    @Args('filter', { type: () => CouncilsFilterInput, nullable: true })
    filter?: CouncilsFilterInput,
  ) {
    return this.service.list(filter, first, after);
  }

  @Access.public()
  @Query(() => Council, {
    nullable: true,
    description: 'One council by its register code, e.g. "DER".',
  })
  council(@Args('code', { type: () => String }) code: string) {
    return this.directory.findByCode(code);
  }

  @ResolveField(() => Council, {
    nullable: true,
    description: 'The county council over this district.',
  })
  async county(@Parent() council: Council) {
    return council.countyCode ? this.directory.findByCode(council.countyCode) : null;
  }

  @ResolveField(() => Council, { nullable: true })
  async combinedAuthority(@Parent() council: Council) {
    return council.combinedAuthorityCode
      ? this.directory.findByCode(council.combinedAuthorityCode)
      : null;
  }

  @ResolveField(() => [Council], {
    description: 'For a former authority, the ones that replaced it.',
  })
  successors(@Parent() council: Council) {
    return this.directory.findByCodes(council.replacedByCodes);
  }

  @ResolveField(() => [Council], {
    description: 'For a county or combined authority, the current councils within it.',
  })
  memberCouncils(@Parent() council: Council) {
    return this.service.members(council.code);
  }
}
