import {
  COUNCIL_ROLES,
  type CouncilRole,
  PLATFORM_ROLES,
  type PlatformRole,
} from '@lgx/api/core/auth';
import { Council } from '@lgx/api/core/councils';
import { Connection } from '@lgx/api/core/graphql';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export const CouncilRoleEnum = Object.fromEntries(COUNCIL_ROLES.map((role) => [role, role])) as {
  [K in CouncilRole]: K;
};
registerEnumType(CouncilRoleEnum, {
  name: 'CouncilRole',
  valuesMap: {
    OFFICER: { description: 'A verified officer of the council.' },
    EDITOR: { description: 'Can write and publish content for the council.' },
    ADMIN: { description: "Manages the council's members. Needs two-factor authentication." },
  },
});

export const PlatformRoleEnum = Object.fromEntries(PLATFORM_ROLES.map((role) => [role, role])) as {
  [K in PlatformRole]: K;
};
registerEnumType(PlatformRoleEnum, { name: 'PlatformRole' });

export const SignInStatusEnum = {
  SIGNED_IN: 'SIGNED_IN',
  MFA_REQUIRED: 'MFA_REQUIRED',
  MFA_ENROLMENT_REQUIRED: 'MFA_ENROLMENT_REQUIRED',
} as const;
registerEnumType(SignInStatusEnum, { name: 'SignInStatus' });

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

@ObjectType()
export class SignInResult {
  @Field(() => SignInStatusEnum) status!: keyof typeof SignInStatusEnum;
}

@ObjectType()
export class MfaEnrolment {
  @Field(() => String, { description: 'The secret, for typing into an app by hand.' })
  secret!: string;
  @Field(() => String) otpauthUri!: string;
  @Field(() => String, { description: 'The QR code of otpauthUri, as SVG.' }) qrCodeSvg!: string;
}

@ObjectType()
export class RecoveryCodes {
  @Field(() => [String], { description: 'Shown once. Each works once, instead of an app code.' })
  codes!: string[];
}

@ObjectType()
export class MemberAccount {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String) email!: string;
  @Field(() => String) jobTitle!: string;
  @Field(() => Boolean) mfaEnabled!: boolean;
}

@ObjectType({ description: "A member of a council, as the council's admins see them." })
export class Member {
  @Field(() => MemberAccount) account!: MemberAccount;
  @Field(() => CouncilRoleEnum) role!: CouncilRole;
  @Field(() => Date) since!: Date;
}

@ObjectType()
export class CouncilDomain {
  @Field(() => String) domain!: string;
  @Field(() => Council) council!: Council;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType({ description: 'One entry of the audit log.' })
export class AuditEvent {
  @Field(() => ID) id!: string;
  @Field(() => Date) occurredAt!: Date;
  @Field(() => String, { nullable: true }) requestId!: string | null;
  @Field(() => ID, { nullable: true }) actorAccountId!: string | null;
  @Field(() => String, { nullable: true }) actorCouncilCode!: string | null;
  @Field(() => String) actorRole!: string;
  @Field(() => String) action!: string;
  @Field(() => String, { nullable: true }) targetType!: string | null;
  @Field(() => String, { nullable: true }) targetId!: string | null;
  @Field(() => String) outcome!: string;
  @Field(() => String, { description: 'Details as JSON.' }) details!: string;
}

@ObjectType()
export class AuditEventConnection extends Connection(AuditEvent, 'AuditEvent') {}

@InputType()
export class AuditEventsFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Actions starting with this, e.g. "sign-in".',
  })
  action?: string | null;
  @Field(() => String, { nullable: true, description: 'success, failure or denied.' }) outcome?:
    string | null;
  @Field(() => ID, { nullable: true }) actorAccountId?: string | null;
}

@InputType()
export class SignUpInput {
  @Field(() => String) email!: string;
  @Field(() => String) name!: string;
  @Field(() => String) jobTitle!: string;
  @Field(() => String) password!: string;
}

@InputType()
export class UpdateAccountInput {
  @Field(() => String) name!: string;
  @Field(() => String) jobTitle!: string;
}
