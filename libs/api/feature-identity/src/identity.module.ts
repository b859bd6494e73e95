import { PersonalDataModule } from '@lgx/api/core/contracts';
import { CouncilsCoreModule } from '@lgx/api/core/councils';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AccessRequestEntity } from './access-request/access-request.entity';
import { AccessRequestResolver } from './access-request/access-request.resolver';
import { AccessRequestService } from './access-request/access-request.service';
import { AccessRequestDecisionService } from './access-request/access-request-decision.service';
import { AccessRequestMailService } from './access-request/access-request-mail.service';
import { AccountEntity } from './account/account.entity';
import { AccountResolver } from './account/account.resolver';
import { AccountService } from './account/account.service';
import { AccountMailService } from './account/account-mail.service';
import { OneTimeTokenEntity } from './account/one-time-token.entity';
import { OneTimeTokenService } from './account/one-time-token.service';
import { PasswordConfirmationService } from './account/password-confirmation.service';
import { PrivacyResolver } from './account/privacy.resolver';
import { PrivacyService } from './account/privacy.service';
import { ViewerService } from './account/viewer.service';
import { AuditLogResolver } from './audit-log/audit-log.resolver';
import { AuditLogService } from './audit-log/audit-log.service';
import { CouncilDomainEntity } from './council-membership/council-domain.entity';
import { CouncilDomainResolver } from './council-membership/council-domain.resolver';
import { CouncilDomainService } from './council-membership/council-domain.service';
import { CouncilMembershipEntity } from './council-membership/council-membership.entity';
import { CouncilMembershipResolver } from './council-membership/council-membership.resolver';
import { CouncilMembershipService } from './council-membership/council-membership.service';
import { MfaResolver } from './mfa/mfa.resolver';
import { MfaService } from './mfa/mfa.service';
import { RecoveryCodeEntity } from './mfa/recovery-code.entity';
import { SessionEntity } from './session/session.entity';
import { SessionResolver } from './session/session.resolver';
import { SessionService } from './session/session.service';
import { SignInService } from './session/sign-in.service';
import { SignInThrottleService } from './session/sign-in-throttle.service';
import { SsoController } from './sso/sso.controller';
import { SsoResolver } from './sso/sso.resolver';
import { SsoService } from './sso/sso.service';
import { SsoLoginEntity } from './sso/sso-login.entity';
import { SsoProviderEntity } from './sso/sso-provider.entity';

/**
 * Every table identity owns. Identity is the only writer of accounts,
 * council memberships and sessions; core/auth only reads them into the
 * Actor of each request (decision 0027).
 */
export const IDENTITY_ENTITIES = [
  AccountEntity,
  CouncilMembershipEntity,
  SessionEntity,
  CouncilDomainEntity,
  OneTimeTokenEntity,
  RecoveryCodeEntity,
  SsoLoginEntity,
  SsoProviderEntity,
  AccessRequestEntity,
];

export const IDENTITY_RESOLVERS = [
  AccountResolver,
  PrivacyResolver,
  SessionResolver,
  MfaResolver,
  CouncilMembershipResolver,
  CouncilDomainResolver,
  AuditLogResolver,
  SsoResolver,
  AccessRequestResolver,
];

/** Accounts, sessions, MFA, single sign-on, council membership and the audit log's reader. */
@Module({
  imports: [CouncilsCoreModule, PersonalDataModule, TypeOrmModule.forFeature(IDENTITY_ENTITIES)],
  controllers: [SsoController],
  providers: [
    ...IDENTITY_RESOLVERS,
    AccessRequestService,
    AccessRequestDecisionService,
    AccessRequestMailService,
    AccountService,
    AccountMailService,
    AuditLogService,
    CouncilDomainService,
    CouncilMembershipService,
    MfaService,
    OneTimeTokenService,
    PasswordConfirmationService,
    PrivacyService,
    SessionService,
    SignInService,
    SignInThrottleService,
    SsoService,
    ViewerService,
  ],
  exports: [AccountService, AccountMailService, CouncilMembershipService],
})
export class IdentityModule {}
