import { Access, type Actor, ClientIp, CurrentActor, CurrentResponse } from '@lgx/api/core/auth';
import { CouncilDirectory } from '@lgx/api/core/councils';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Response } from 'express';

import { CouncilMembershipService } from '../council-membership/council-membership.service';
import { SignUpInput, UpdateAccountInput } from './account.input';
import { Account, EmailSent, EmailVerified, Viewer } from './account.object';
import { AccountService } from './account.service';
import { ViewerService } from './viewer.service';

/** Sign-up, email verification, password reset and the signed-in person's own account. */
@Resolver()
export class AccountResolver {
  constructor(
    private readonly accounts: AccountService,
    private readonly viewers: ViewerService,
    private readonly memberships: CouncilMembershipService,
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
    const membership = await this.memberships.membershipOf(account.id);
    return {
      email: account.email!,
      council: membership ? await this.councils.findByCode(membership.councilCode) : null,
    };
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
}
