import { Access, type Actor, CurrentActor } from '@lgx/api/core/auth';
import { Args, Field, InputType, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';

import type { SsoProviderEntity } from '../entities';
import { SsoService } from '../services/sso.service';

@ObjectType({
  description: 'Single sign-on for one council email domain. The client secret is never returned.',
})
export class SsoProvider {
  @Field(() => String) domain!: string;
  @Field(() => String) issuer!: string;
  @Field(() => String) clientId!: string;
  @Field(() => String, { description: 'The redirect URI to register with the provider.' })
  redirectUri!: string;
}

@InputType()
export class ConfigureSsoInput {
  @Field(() => String) domain!: string;
  @Field(() => String, {
    description:
      'e.g. https://login.microsoftonline.com/<tenant>/v2.0 or https://accounts.google.com',
  })
  issuer!: string;
  @Field(() => String) clientId!: string;
  @Field(() => String) clientSecret!: string;
}

/** Single sign-on settings, for platform admins. */
@Resolver()
export class SsoResolver {
  constructor(private readonly sso: SsoService) {}

  @Access.platformRole('ADMIN')
  @Query(() => [SsoProvider])
  async ssoProviders(@CurrentActor() actor: Actor) {
    return (await this.sso.providers(actor)).map((provider) => this.toObject(provider));
  }

  @Access.platformRole('ADMIN')
  @Mutation(() => SsoProvider)
  async configureSso(@CurrentActor() actor: Actor, @Args('input') input: ConfigureSsoInput) {
    return this.toObject(await this.sso.configure(actor, input));
  }

  @Access.platformRole('ADMIN')
  @Mutation(() => Boolean)
  async removeSso(@CurrentActor() actor: Actor, @Args('domain') domain: string) {
    await this.sso.remove(actor, domain);
    return true;
  }

  private toObject(provider: SsoProviderEntity): SsoProvider {
    return {
      domain: provider.domain,
      issuer: provider.issuer,
      clientId: provider.clientId,
      redirectUri: this.sso.callbackUrl,
    };
  }
}
