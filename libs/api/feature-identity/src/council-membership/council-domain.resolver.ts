import { Access, type Actor, CurrentActor } from '@lgx/api/core/auth';
import { CouncilDirectory } from '@lgx/api/core/councils';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import type { CouncilDomainEntity } from './council-domain.entity';
import { CouncilDomain } from './council-domain.object';
import { CouncilDomainService } from './council-domain.service';
import { toCouncilDomain } from './council-domain.view';

/** Council email domains, for platform admins. */
@Resolver()
export class CouncilDomainResolver {
  constructor(
    private readonly domains: CouncilDomainService,
    private readonly councils: CouncilDirectory,
  ) {}

  @Access.platformRole('ADMIN')
  @Query(() => [CouncilDomain])
  async councilDomains(@CurrentActor() actor: Actor) {
    return this.toObjects(await this.domains.list(actor));
  }

  @Access.platformRole('ADMIN')
  @Mutation(() => CouncilDomain, {
    description: 'Gives a council an email domain; verified accounts on it become its officers.',
  })
  async addCouncilDomain(
    @CurrentActor() actor: Actor,
    @Args('councilCode') councilCode: string,
    @Args('domain') domain: string,
  ) {
    const [added] = await this.toObjects([await this.domains.add(actor, councilCode, domain)]);
    return added;
  }

  @Access.platformRole('ADMIN')
  @Mutation(() => Boolean, { description: 'Removes a domain; its officers leave the council.' })
  async removeCouncilDomain(@CurrentActor() actor: Actor, @Args('domain') domain: string) {
    await this.domains.remove(actor, domain);
    return true;
  }

  private async toObjects(entities: CouncilDomainEntity[]): Promise<CouncilDomain[]> {
    const councils = new Map(
      (await this.councils.findByCodes([...new Set(entities.map((e) => e.councilCode))])).map(
        (c) => [c.code, c],
      ),
    );
    return entities.map((entity) => toCouncilDomain(entity, councils.get(entity.councilCode)!));
  }
}
