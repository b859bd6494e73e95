import { Access, type Actor, CurrentActor } from '@lgx/api/core/auth';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { EmailPreferences, EmailPreferencesInput } from './email-preferences.object';
import { EmailPreferencesService } from './email-preferences.service';

@Resolver(() => EmailPreferences)
export class EmailPreferencesResolver {
  constructor(private readonly preferences: EmailPreferencesService) {}

  @Access.signedIn()
  @Query(() => EmailPreferences, { description: 'Which emails you receive.' })
  emailPreferences(@CurrentActor() actor: Actor) {
    return this.preferences.ofActor(actor);
  }

  @Access.signedIn()
  @Mutation(() => EmailPreferences, { description: 'Turns your emails on or off, by kind.' })
  setEmailPreferences(@CurrentActor() actor: Actor, @Args('input') input: EmailPreferencesInput) {
    return this.preferences.changeOwn(actor, {
      addressed: input.addressed ?? undefined,
      digests: input.digests ?? undefined,
    });
  }
}
