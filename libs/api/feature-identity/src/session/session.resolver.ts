import { Access, type Actor, ClientIp, CurrentActor, CurrentResponse } from '@lgx/api/core/auth';
import { Args, Int, Mutation, Resolver } from '@nestjs/graphql';
import type { Response } from 'express';

import { SignInResult } from './session.object';
import { SignInService } from './sign-in.service';

/** Signing in and out. */
@Resolver()
export class SessionResolver {
  constructor(private readonly signIns: SignInService) {}

  @Access.public()
  @Mutation(() => SignInResult)
  async signIn(
    @Args('email') email: string,
    @Args('password') password: string,
    @ClientIp() ip: string | undefined,
    @CurrentResponse() response: Response,
  ): Promise<SignInResult> {
    const { status } = await this.signIns.signIn(email, password, ip, response);
    return { status };
  }

  @Access.signedIn({ duringMfa: true })
  @Mutation(() => Boolean)
  async signOut(@CurrentActor() actor: Actor, @CurrentResponse() response: Response) {
    await this.signIns.signOut(actor, response);
    return true;
  }

  @Access.signedIn()
  @Mutation(() => Int, { description: 'Ends every session of this account; returns how many.' })
  signOutEverywhere(@CurrentActor() actor: Actor, @CurrentResponse() response: Response) {
    return this.signIns.signOutEverywhere(actor, response);
  }
}
