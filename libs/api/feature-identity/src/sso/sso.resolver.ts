import { Access, type Actor, CurrentActor } from '@lgx/api/core/auth';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { ConfigureSsoInput } from './sso.input';
import { SsoProvider } from './sso.object';
import { SsoService } from './sso.service';
import { toSsoProvider } from './sso.view';

/** Single sign-on settings, for platform admins. */
@Resolver()
export class SsoResolver {
  constructor(private readonly sso: SsoService) {}

  @Access.platformRole('ADMIN')
  @Query(() => [SsoProvider])
  async ssoProviders(@CurrentActor() actor: Actor) {
    return (await this.sso.providers(actor)).map((provider) =>
      toSsoProvider(provider, this.sso.callbackUrl),
    );
  }

  @Access.platformRole('ADMIN')
  @Mutation(() => SsoProvider)
  async configureSso(@CurrentActor() actor: Actor, @Args('input') input: ConfigureSsoInput) {
    return toSsoProvider(await this.sso.configure(actor, input), this.sso.callbackUrl);
  }

  @Access.platformRole('ADMIN')
  @Mutation(() => Boolean)
  async removeSso(@CurrentActor() actor: Actor, @Args('domain') domain: string) {
    await this.sso.remove(actor, domain);
    return true;
  }
}
