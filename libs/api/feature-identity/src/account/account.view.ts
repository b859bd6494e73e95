import type { AccountEntity } from './account.entity';
import type { Account } from './account.object';

/** The signed-in person's own account, with how many unused recovery codes they have. */
export function toAccount(entity: AccountEntity, recoveryCodesLeft: number): Account {
  return {
    id: entity.id,
    email: entity.email ?? '',
    name: entity.name,
    jobTitle: entity.jobTitle,
    emailVerified: entity.emailVerifiedAt !== null,
    mfaEnabled: entity.mfaEnabledAt !== null,
    recoveryCodesLeft,
    platformRole: entity.platformRole,
  };
}
