import { COUNCIL_ROLES, type CouncilRole } from '@lgx/api/core/auth';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

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
