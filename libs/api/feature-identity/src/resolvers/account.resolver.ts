import { Access, type Actor, ClientIp, CurrentActor, CurrentResponse } from '@lgx/api/core/auth';
import { CouncilDirectory } from '@lgx/api/core/councils';
import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Response } from 'express';

import {
  Account,
  EmailSent,
  EmailVerified,
  SignInResult,
  SignUpInput,
  UpdateAccountInput,
  Viewer,
} from '../identity.objects';
import { AccountsService } from '../services/accounts.service';
import { PrivacyService } from '../services/privacy.service';
import { SignInService } from '../services/sign-in.service';
import { ViewerService } from '../services/viewer.service';

/** Sign-up, sign-in and the signed-in person's own account. */
@Resolver()
export class AccountResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly signIns: SignInService,
    private readonly viewers: ViewerService,
    private readonly privacy: PrivacyService,
    private readonly councils: CouncilDirectory,
  ) {}

  @Access.public()
  @Query(() => Viewer, { description: 'Who is using LGX now.' })
  viewer(@CurrentActor() actor: Actor) {
    return this.viewers.viewer(actor);
  }

  @Access.public()
  @Mutation(() => EmailSent, {
    description: 'Creates an account and emails a link to confirm the address.',
  })
  signUp(@Args('input') input: SignUpInput, @CurrentResponse() response: Response) {
    return this.accounts.signUp(input, response);
  }

  @Access.public()
  @Mutation(() => EmailSent)
  resendVerificationEmail(@Args('email') email: string, @CurrentResponse() response: Response) {
    return this.accounts.resendVerification(email, response);
  }

  @Access.public()
  @Mutation(() => EmailVerified)
  async verifyEmail(@Args('token') token: string): Promise<EmailVerified> {
    const account = await this.accounts.verifyEmail(token);
    const membership = await this.viewers.membershipOf(account.id);
    return {
      email: account.email!,
      council: membership ? await this.councils.findByCode(membership.councilCode) : null,
    };
  }

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

  @Access.public()
  @Mutation(() => EmailSent)
  requestPasswordReset(@Args('email') email: string, @CurrentResponse() response: Response) {
    return this.accounts.requestPasswordReset(email, response);
  }

  @Access.public()
  @Mutation(() => Boolean)
  async resetPassword(@Args('token') token: string, @Args('password') password: string) {
    await this.accounts.resetPassword(token, password);
    return true;
  }

  @Access.signedIn()
  @Mutation(() => Account)
  async updateAccount(@CurrentActor() actor: Actor, @Args('input') input: UpdateAccountInput) {
    await this.accounts.updateProfile(actor, input);
    return this.viewers.account(actor.userId!);
  }

  @Access.signedIn()
  @Mutation(() => Boolean)
  async changePassword(
    @CurrentActor() actor: Actor,
    @Args('currentPassword') currentPassword: string,
    @Args('newPassword') newPassword: string,
    @ClientIp() ip: string | undefined,
    @CurrentResponse() response: Response,
  ) {
    await this.accounts.changePassword(actor, { currentPassword, newPassword }, ip, response);
    return true;
  }

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
