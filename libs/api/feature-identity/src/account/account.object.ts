import { type CouncilRole, PLATFORM_ROLES, type PlatformRole } from '@lgx/api/core/auth';
import { Council } from '@lgx/api/core/councils';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { CouncilRoleEnum } from '../council-membership/council-membership.object';

export const PlatformRoleEnum = Object.fromEntries(PLATFORM_ROLES.map((role) => [role, role])) as {
  [K in PlatformRole]: K;
};
registerEnumType(PlatformRoleEnum, { name: 'PlatformRole' });

@ObjectType({ description: 'The signed-in person’s own account.' })
export class Account {
  @Field(() => ID) id!: string;
  @Field(() => String) email!: string;
  @Field(() => String) name!: string;
  @Field(() => String) jobTitle!: string;
  @Field(() => Boolean) emailVerified!: boolean;
  @Field(() => Boolean) mfaEnabled!: boolean;
  @Field(() => Int, { description: 'Unused MFA recovery codes.' }) recoveryCodesLeft!: number;
  @Field(() => PlatformRoleEnum, { nullable: true }) platformRole!: PlatformRole | null;
}

@ObjectType({ description: 'Who is using LGX: a visitor, or a signed-in account and its roles.' })
export class Viewer {
  @Field(() => Account, { nullable: true }) account!: Account | null;
  @Field(() => Council, {
    nullable: true,
    description: 'The council the account is a verified officer of.',
  })
  council!: Council | null;
  @Field(() => CouncilRoleEnum, {
    nullable: true,
    description: 'The role in force now (council admin needs MFA).',
  })
  councilRole!: CouncilRole | null;
  @Field(() => [PlatformRoleEnum]) platformRoles!: PlatformRole[];
  @Field(() => Boolean) mfaChallengePending!: boolean;
  @Field(() => Boolean) mfaEnrolmentRequired!: boolean;
}

@ObjectType()
export class EmailSent {
  @Field(() => String, { description: 'Where the email went (if an account exists for it).' })
  email!: string;
}

@ObjectType()
export class EmailVerified {
  @Field(() => String) email!: string;
  @Field(() => Council, {
    nullable: true,
    description: 'The council this makes the account an officer of.',
  })
  council!: Council | null;
}
