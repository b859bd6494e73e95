import { AuditService } from '@lgx/api/core/audit';
import { type Actor, decryptSecret, encryptSecret, PolicyService } from '@lgx/api/core/auth';
import { APP_CONFIG, type AppConfig } from '@lgx/api/core/config';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import * as oidc from 'openid-client';
import { type DataSource, LessThan } from 'typeorm';

import { AccountEntity } from '../account/account.entity';
import { emailDomain, normaliseEmail } from '../account/account.rules';
import { CouncilMembershipService } from '../council-membership/council-membership.service';
import { invalidField, notFound } from '../identity.errors';
import { SessionService } from '../session/session.service';
import { SsoError } from './sso.errors';
import { checkSsoSettings, type SsoSettings } from './sso.rules';
import { SsoLoginEntity } from './sso-login.entity';
import { SsoProviderEntity } from './sso-provider.entity';

const LOGIN_LIFETIME_MS = 10 * 60 * 1000;

/**
 * OpenID Connect single sign-on per council email domain (Microsoft Entra
 * ID, Google Workspace): authorisation code flow with PKCE, state and nonce.
 */
@Injectable()
export class SsoService {
  private readonly logger = new Logger(SsoService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly policy: PolicyService,
    private readonly audit: AuditService,
    private readonly memberships: CouncilMembershipService,
    private readonly sessions: SessionService,
  ) {}

  get callbackUrl(): string {
    return `${this.config.publicUrl}/auth/sso/callback`;
  }

  async providers(actor: Actor): Promise<SsoProviderEntity[]> {
    await this.policy.authorize(actor, { action: 'sso.manage' });
    return this.dataSource.getRepository(SsoProviderEntity).find({ order: { domain: 'ASC' } });
  }

  /** Sets up (or replaces) sign-on for a domain; the issuer must answer discovery. */
  async configure(actor: Actor, input: SsoSettings): Promise<SsoProviderEntity> {
    await this.policy.authorize(actor, { action: 'sso.manage' });
    const { domain, issuer } = checkSsoSettings(input, this.config.environment);
    try {
      await this.discover(issuer.toString(), input.clientId.trim(), input.clientSecret);
    } catch (error) {
      throw invalidField(
        'issuer',
        `LGX could not read the issuer's OpenID configuration: ${(error as Error).message}`.slice(
          0,
          300,
        ),
      );
    }
    const saved = await this.dataSource.getRepository(SsoProviderEntity).save({
      domain,
      issuer: issuer.toString(),
      clientId: input.clientId.trim(),
      clientSecret: encryptSecret(input.clientSecret, this.config.secretKey),
    });
    await this.audit.record({
      action: 'sso.configure',
      outcome: 'success',
      target: { type: 'domain', id: domain },
    });
    return saved;
  }

  async remove(actor: Actor, rawDomain: string): Promise<void> {
    await this.policy.authorize(actor, { action: 'sso.manage' });
    const result = await this.dataSource
      .getRepository(SsoProviderEntity)
      .delete({ domain: rawDomain.trim().toLowerCase() });
    if (!result.affected) throw notFound(`Single sign-on for ${rawDomain}`);
  }

  /** Where to send the browser to sign on with the email's council provider. */
  async start(rawEmail: string): Promise<string> {
    const email = normaliseEmail(rawEmail);
    const provider = await this.dataSource
      .getRepository(SsoProviderEntity)
      .findOneBy({ domain: emailDomain(email) });
    if (!provider) throw new SsoError('unavailable');
    const configuration = await this.discover(
      provider.issuer,
      provider.clientId,
      decryptSecret(provider.clientSecret, this.config.secretKey),
    );
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const login = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      codeVerifier,
      domain: provider.domain,
      expiresAt: new Date(Date.now() + LOGIN_LIFETIME_MS),
    };
    const logins = this.dataSource.getRepository(SsoLoginEntity);
    await logins.delete({ expiresAt: LessThan(new Date()) });
    await logins.insert(login);
    return oidc
      .buildAuthorizationUrl(configuration, {
        redirect_uri: this.callbackUrl,
        scope: 'openid email profile',
        code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state: login.state,
        nonce: login.nonce,
        login_hint: email,
      })
      .toString();
  }

  /** Completes a sign-on: checks the answer, finds or creates the account, starts a session. */
  async complete(currentUrl: URL, response: Response): Promise<void> {
    const state = currentUrl.searchParams.get('state') ?? '';
    const logins = this.dataSource.getRepository(SsoLoginEntity);
    const login = state.length <= 100 ? await logins.findOneBy({ state }) : null;
    if (login) await logins.delete({ state });
    if (!login || login.expiresAt.getTime() < Date.now()) throw new SsoError('expired');
    if (currentUrl.searchParams.has('error')) throw new SsoError('refused');
    const provider = await this.dataSource
      .getRepository(SsoProviderEntity)
      .findOneBy({ domain: login.domain });
    if (!provider) throw new SsoError('unavailable');

    let claims: oidc.IDToken | undefined;
    try {
      const configuration = await this.discover(
        provider.issuer,
        provider.clientId,
        decryptSecret(provider.clientSecret, this.config.secretKey),
      );
      const tokens = await oidc.authorizationCodeGrant(configuration, currentUrl, {
        pkceCodeVerifier: login.codeVerifier,
        expectedState: login.state,
        expectedNonce: login.nonce,
        idTokenExpected: true,
      });
      claims = tokens.claims();
      // Some providers put email only in the UserInfo response, not the ID token.
      if (claims && !claims['email'] && tokens.access_token) {
        const userInfo = await oidc.fetchUserInfo(configuration, tokens.access_token, claims.sub);
        claims = { ...claims, ...userInfo, sub: claims.sub };
      }
    } catch (error) {
      this.logger.warn(`Sign-on with ${provider.issuer} failed: ${(error as Error).message}`);
      throw new SsoError('failed');
    }
    const email = normaliseEmail(String(claims?.['email'] ?? claims?.['preferred_username'] ?? ''));
    // The provider speaks for its council's domain only, and only for addresses it has verified.
    if (emailDomain(email) !== provider.domain || claims?.['email_verified'] === false) {
      await this.audit.record({
        action: 'sign-in',
        outcome: 'failure',
        actor: { role: 'visitor' },
        details: { method: 'sso', reason: 'email not on the provider domain or not verified' },
      });
      throw new SsoError('wrong-domain');
    }

    const account = await this.dataSource.transaction(async (manager) => {
      const accounts = manager.getRepository(AccountEntity);
      let found = await accounts.findOneBy({ email });
      if (found && found.status !== 'active') throw new SsoError('refused');
      if (!found) {
        const name = String(claims?.['name'] ?? email.split('@')[0]).slice(0, 100);
        found = await accounts.save({
          email,
          name,
          jobTitle: '',
          passwordHash: null,
          status: 'active' as const,
          emailVerifiedAt: new Date(),
        });
      } else if (!found.emailVerifiedAt) {
        found.emailVerifiedAt = new Date();
        await accounts.save(found);
      }
      await this.memberships.joinByVerifiedEmail(found, manager);
      return found;
    });
    await this.sessions.start(account.id, { mfaVerified: account.mfaEnabledAt === null }, response);
    await this.audit.record({
      action: 'sign-in',
      outcome: 'success',
      actor: { userId: account.id, role: 'account' },
      target: { type: 'account', id: account.id },
      details: { method: 'sso', issuer: provider.issuer },
    });
  }

  private discover(
    issuer: string,
    clientId: string,
    clientSecret: string,
  ): Promise<oidc.Configuration> {
    const insecure = this.config.environment !== 'production' && issuer.startsWith('http:');
    return oidc.discovery(new URL(issuer), clientId, clientSecret, undefined, {
      ...(insecure ? { execute: [oidc.allowInsecureRequests] } : {}),
      timeout: 5,
    });
  }
}
