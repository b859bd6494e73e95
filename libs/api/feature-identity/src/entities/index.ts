import { AccountEntity } from './account.entity';
import { CouncilDomainEntity } from './council-domain.entity';
import { CouncilMembershipEntity } from './council-membership.entity';
import { OneTimeTokenEntity } from './one-time-token.entity';
import { RecoveryCodeEntity } from './recovery-code.entity';
import { SessionEntity } from './session.entity';
import { SignInThrottleEntity } from './sign-in-throttle.entity';
import { SsoLoginEntity } from './sso-login.entity';
import { SsoProviderEntity } from './sso-provider.entity';

export {
  AccountEntity,
  CouncilDomainEntity,
  CouncilMembershipEntity,
  OneTimeTokenEntity,
  RecoveryCodeEntity,
  SessionEntity,
  SignInThrottleEntity,
  SsoLoginEntity,
  SsoProviderEntity,
};

export const IDENTITY_ENTITIES = [
  AccountEntity,
  CouncilDomainEntity,
  CouncilMembershipEntity,
  OneTimeTokenEntity,
  RecoveryCodeEntity,
  SessionEntity,
  SignInThrottleEntity,
  SsoLoginEntity,
  SsoProviderEntity,
];
