import { Access, type Actor, type CouncilRole, CurrentActor } from '@lgx/api/core/auth';
import { CouncilDirectory } from '@lgx/api/core/councils';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';

import { AccountEntity } from '../account/account.entity';
import { CouncilRoleEnum } from '../council-membership/council-membership.object';
import type { AccessRequestEntity } from './access-request.entity';
import { AccessRequest, CouncilContact } from './access-request.object';
import { AccessRequestService } from './access-request.service';
import { toAccessRequest } from './access-request.view';
import { AccessRequestDecisionService } from './access-request-decision.service';

/** Asking for a council domain or role, and deciding those requests. */
@Resolver()
export class AccessRequestResolver {
  constructor(
    private readonly requests: AccessRequestService,
    private readonly decisions: AccessRequestDecisionService,
    private readonly councils: CouncilDirectory,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Access.signedIn()
  @Mutation(() => AccessRequest, {
    description:
      'Asks the platform admins to add the domain of your email address to a council. One request per domain and council: asking again joins it.',
  })
  async askForCouncilDomain(
    @CurrentActor() actor: Actor,
    @Args('councilCode') councilCode: string,
  ) {
    return this.one(await this.requests.askForCouncilDomain(actor, councilCode));
  }

  @Access.signedIn()
  @Mutation(() => AccessRequest, {
    description:
      "Asks for the editor role (your council's admins decide) or, when your council has no admin, the admin role (platform admins decide).",
  })
  async askForCouncilRole(
    @CurrentActor() actor: Actor,
    @Args('role', { type: () => CouncilRoleEnum }) role: CouncilRole,
  ) {
    return this.one(await this.requests.askForCouncilRole(actor, role));
  }

  @Access.signedIn()
  @Mutation(() => AccessRequest, {
    description:
      'Accepts a request: adds the domain, or gives the role. The people who asked are told.',
  })
  async acceptAccessRequest(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ) {
    return this.one(await this.decisions.accept(actor, id));
  }

  @Access.signedIn()
  @Mutation(() => AccessRequest, {
    description: 'Declines a request; the reason is sent to the people who asked.',
  })
  async declineAccessRequest(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
  ) {
    return this.one(await this.decisions.decline(actor, id, reason));
  }

  @Access.signedIn()
  @Query(() => [AccessRequest], {
    description:
      "Pending requests: with councilCode, that council's editor requests (for its admins); without, council domains and first admins (for platform admins).",
  })
  async accessRequests(
    @CurrentActor() actor: Actor,
    @Args('councilCode', { type: () => String, nullable: true }) councilCode: string | null,
  ) {
    return this.many(await this.requests.pending(actor, councilCode?.trim().toUpperCase() || null));
  }

  @Access.signedIn()
  @Query(() => [AccessRequest], { description: 'Your own requests, newest first.' })
  async myAccessRequests(@CurrentActor() actor: Actor) {
    return this.many(await this.requests.mine(actor));
  }

  @Access.signedIn()
  @Query(() => [CouncilContact], {
    description: "A council's admins and editors (names and job titles), for its officers.",
  })
  async councilContacts(@CurrentActor() actor: Actor, @Args('councilCode') councilCode: string) {
    return this.requests.contacts(actor, councilCode.trim().toUpperCase());
  }

  private async one(entity: AccessRequestEntity): Promise<AccessRequest> {
    return (await this.many([entity]))[0]!;
  }

  private async many(entities: AccessRequestEntity[]): Promise<AccessRequest[]> {
    const councils = new Map(
      (await this.councils.findByCodes([...new Set(entities.map((e) => e.councilCode))])).map(
        (council) => [council.code, council],
      ),
    );
    const ids = [...new Set(entities.flatMap((e) => e.requesterIds))];
    const accounts = new Map(
      (ids.length
        ? await this.dataSource.getRepository(AccountEntity).findBy({ id: In(ids) })
        : []
      ).map((account) => [account.id, account]),
    );
    return entities.map((entity) =>
      toAccessRequest(entity, councils.get(entity.councilCode)!, accounts),
    );
  }
}
