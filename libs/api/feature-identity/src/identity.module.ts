import { CouncilsCoreModule } from '@lgx/api/core/councils';
import { type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { IDENTITY_ENTITIES } from './entities';
import { AccountResolver } from './resolvers/account.resolver';
import { AuditLogResolver } from './resolvers/audit-log.resolver';
import { CouncilDomainsResolver } from './resolvers/council-domains.resolver';
import { MembersResolver } from './resolvers/members.resolver';
import { MfaResolver } from './resolvers/mfa.resolver';
import { AccountsService } from './services/accounts.service';
import { CouncilDomainsService } from './services/council-domains.service';
import { IdentityMiddleware } from './services/identity.middleware';
import { MembershipsService } from './services/memberships.service';
import { MfaService } from './services/mfa.service';
import { OneTimeTokensService } from './services/one-time-tokens.service';
import { PrivacyService } from './services/privacy.service';
import { SessionsService } from './services/sessions.service';
import { SignInService } from './services/sign-in.service';
import { SignInThrottleService } from './services/sign-in-throttle.service';
import { ViewerService } from './services/viewer.service';

export const IDENTITY_RESOLVERS = [
  AccountResolver,
  MfaResolver,
  MembersResolver,
  CouncilDomainsResolver,
  AuditLogResolver,
];

/** Accounts, sessions, MFA, council membership and the audit log's reader. */
@Module({
  imports: [CouncilsCoreModule, TypeOrmModule.forFeature(IDENTITY_ENTITIES)],
  providers: [
    ...IDENTITY_RESOLVERS,
    AccountsService,
    CouncilDomainsService,
    MembershipsService,
    MfaService,
    OneTimeTokensService,
    PrivacyService,
    SessionsService,
    SignInService,
    SignInThrottleService,
    ViewerService,
  ],
  exports: [AccountsService, MembershipsService, SessionsService],
})
export class IdentityModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(IdentityMiddleware).forRoutes('*path');
  }
}
