import type { AppConfig } from '@lgx/api/core/config';

import { isEmailDomain } from '../account/account.rules';
import { invalidField } from '../identity.errors';

/** A council domain's single sign-on settings, as a platform admin types them. */
export interface SsoSettings {
  domain: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
}

/**
 * Checks the settings field by field (the first problem is thrown as an
 * invalid field) and returns the domain (lower case) and the issuer's URL.
 * Outside production an issuer may use http, for a provider on this machine.
 */
export function checkSsoSettings(
  input: SsoSettings,
  environment: AppConfig['environment'],
): { domain: string; issuer: URL } {
  const domain = input.domain.trim().toLowerCase();
  if (!isEmailDomain(domain)) throw invalidField('domain', 'Enter a domain like derby.gov.uk');
  let issuer: URL;
  try {
    issuer = new URL(input.issuer.trim());
  } catch {
    throw invalidField(
      'issuer',
      'Enter the issuer URL, like https://login.microsoftonline.com/<tenant>/v2.0',
    );
  }
  if (issuer.protocol !== 'https:' && environment === 'production') {
    throw invalidField('issuer', 'The issuer must use https');
  }
  if (!input.clientId.trim()) throw invalidField('clientId', 'Enter the client ID');
  if (!input.clientSecret) throw invalidField('clientSecret', 'Enter the client secret');
  return { domain, issuer };
}
