import { Access, type Actor, ClientIp, CurrentActor, CurrentResponse } from '@lgx/api/core/auth';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Response } from 'express';

import { PrivacyService } from './privacy.service';

/** A person's own data: everything held about them, and deleting their account. */
@Resolver()
export class PrivacyResolver {
  constructor(private readonly privacy: PrivacyService) {}

  @Access.signedIn()
  @Query(() => String, { description: 'Everything LGX holds about you, as JSON.' })
  myData(@CurrentActor() actor: Actor) {
    return this.privacy.export(actor);
  }

  @Access.signedIn()
  @Mutation(() => Boolean, {
    description: 'Deletes your account. What you wrote stays with your council.',
  })
  async deleteMyAccount(
    @CurrentActor() actor: Actor,
    @Args('password') password: string,
    @ClientIp() ip: string | undefined,
    @CurrentResponse() response: Response,
  ) {
    await this.privacy.deleteAccount(actor, password, ip, response);
    return true;
  }
}
