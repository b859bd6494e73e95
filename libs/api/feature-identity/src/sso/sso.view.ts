import type { SsoProvider } from './sso.object';
import type { SsoProviderEntity } from './sso-provider.entity';

/** A provider as platform admins see it: never its client secret. */
export function toSsoProvider(provider: SsoProviderEntity, redirectUri: string): SsoProvider {
  return {
    domain: provider.domain,
    issuer: provider.issuer,
    clientId: provider.clientId,
    redirectUri,
  };
}
