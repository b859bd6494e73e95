import { AccountEntity, CouncilMembershipEntity, SessionEntity } from '@lgx/api/core/auth';

import { CouncilDomainEntity } from './council-domain.entity';
import { OneTimeTokenEntity } from './one-time-token.entity';
import { RecoveryCodeEntity } from './recovery-code.entity';
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
  CouncilDomainEntity,
  OneTimeTokenEntity,
  RecoveryCodeEntity,
  SignInThrottleEntity,
  SsoLoginEntity,
  SsoProviderEntity,
];
