import { Access, type Actor, CurrentActor, CurrentResponse } from '@lgx/api/core/auth';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { Response } from 'express';

import { MfaEnrolment, RecoveryCodes } from './mfa.object';
import { MfaService } from './mfa.service';

/** Two-factor authentication with an authenticator app. */
@Resolver()
export class MfaResolver {
  constructor(private readonly mfa: MfaService) {}

  @Access.signedIn()
  @Mutation(() => MfaEnrolment, { description: 'Starts setting up an authenticator app.' })
  startMfaEnrolment(@CurrentActor() actor: Actor) {
    return this.mfa.startEnrolment(actor);
  }

  @Access.signedIn()
  @Mutation(() => RecoveryCodes, {
    description: 'Finishes set-up with a first code; returns recovery codes.',
  })
  async confirmMfaEnrolment(
    @CurrentActor() actor: Actor,
    @Args('code') code: string,
    @CurrentResponse() response: Response,
  ): Promise<RecoveryCodes> {
    return { codes: await this.mfa.confirmEnrolment(actor, code, response) };
  }

  @Access.signedIn({ duringMfa: true })
  @Mutation(() => Boolean, {
    description: 'Answers the sign-in challenge with an app code or a recovery code.',
  })
  async verifyMfa(
    @CurrentActor() actor: Actor,
    @Args('code') code: string,
    @CurrentResponse() response: Response,
  ) {
    await this.mfa.verifyChallenge(actor, code, response);
    return true;
  }

  @Access.signedIn()
  @Mutation(() => Boolean)
  async disableMfa(
    @CurrentActor() actor: Actor,
    @Args('code') code: string,
    @CurrentResponse() response: Response,
  ) {
    await this.mfa.disable(actor, code, response);
    return true;
  }
}
