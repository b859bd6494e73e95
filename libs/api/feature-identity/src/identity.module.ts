import { CouncilsCoreModule } from '@lgx/api/core/councils';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { IDENTITY_ENTITIES } from './entities';
import { AccountResolver } from './resolvers/account.resolver';
import { AuditLogResolver } from './resolvers/audit-log.resolver';
import { CouncilDomainsResolver } from './resolvers/council-domains.resolver';
import { MembersResolver } from './resolvers/members.resolver';
import { MfaResolver } from './resolvers/mfa.resolver';
import { SsoResolver } from './resolvers/sso.resolver';
import { AccountMailService } from './services/account-mail.service';
import { AccountsService } from './services/accounts.service';
import { CouncilDomainsService } from './services/council-domains.service';
import { MembershipsService } from './services/memberships.service';
import { MfaService } from './services/mfa.service';
import { OneTimeTokensService } from './services/one-time-tokens.service';
import { PasswordConfirmationService } from './services/password-confirmation.service';
import { PrivacyService } from './services/privacy.service';
import { SignInService } from './services/sign-in.service';
import { SignInThrottleService } from './services/sign-in-throttle.service';
import { SsoService } from './services/sso.service';
import { ViewerService } from './services/viewer.service';
import { SsoController } from './sso.controller';

export const IDENTITY_RESOLVERS = [
  AccountResolver,
  MfaResolver,
  MembersResolver,
  CouncilDomainsResolver,
  AuditLogResolver,
  SsoResolver,
];

/** Accounts, sessions, MFA, single sign-on, council membership and the audit log's reader. */
@Module({
  imports: [CouncilsCoreModule, TypeOrmModule.forFeature(IDENTITY_ENTITIES)],
  controllers: [SsoController],
  providers: [
    ...IDENTITY_RESOLVERS,
    SsoService,
    AccountMailService,
    AccountsService,
    CouncilDomainsService,
    MembershipsService,
    MfaService,
    OneTimeTokensService,
    PasswordConfirmationService,
    PrivacyService,
    SignInService,
    SignInThrottleService,
    ViewerService,
  ],
  exports: [AccountsService, AccountMailService, MembershipsService],
})
export class IdentityModule {}
