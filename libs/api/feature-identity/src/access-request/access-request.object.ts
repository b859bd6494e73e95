import type { AccessRequestKind } from '@lgx/api/core/auth';
import { Council } from '@lgx/api/core/councils';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

import { CouncilRoleEnum } from '../council-membership/council-membership.object';
import type { AccessRequestStatus } from './access-request.entity';

export const AccessRequestKindEnum: { [K in AccessRequestKind]: K } = {
  COUNCIL_DOMAIN: 'COUNCIL_DOMAIN',
  EDITOR_ROLE: 'EDITOR_ROLE',
  COUNCIL_ADMIN: 'COUNCIL_ADMIN',
};
registerEnumType(AccessRequestKindEnum, {
  name: 'AccessRequestKind',
  valuesMap: {
    COUNCIL_DOMAIN: { description: 'Add an email domain to a council (platform admins decide).' },
    EDITOR_ROLE: { description: "The editor role in one's council (the council's admins decide)." },
    COUNCIL_ADMIN: {
      description: 'The admin role of a council that has no admin (platform admins decide).',
    },
  },
});

export const AccessRequestStatusEnum: { [K in AccessRequestStatus]: K } = {
  PENDING: 'PENDING',
  ACCEPTED: 'ACCEPTED',
  DECLINED: 'DECLINED',
};
registerEnumType(AccessRequestStatusEnum, { name: 'AccessRequestStatus' });

@ObjectType({ description: 'Someone who asked, as those who decide see them.' })
export class AccessRequester {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String) jobTitle!: string;
  @Field(() => String) email!: string;
}

@ObjectType({ description: 'A request for a council email domain or a council role.' })
export class AccessRequest {
  @Field(() => ID) id!: string;
  @Field(() => AccessRequestKindEnum) kind!: AccessRequestKind;
  @Field(() => Council) council!: Council;
  @Field(() => String, { nullable: true, description: 'The email domain asked for.' })
  domain!: string | null;
  @Field(() => [AccessRequester], { description: 'Everyone who asked, first asker first.' })
  requesters!: AccessRequester[];
  @Field(() => AccessRequestStatusEnum) status!: AccessRequestStatus;
  @Field(() => String, { nullable: true }) declineReason!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
}

@ObjectType({ description: "A council's admin or editor, as its officers see them (no email)." })
export class CouncilContact {
  @Field(() => String) name!: string;
  @Field(() => String) jobTitle!: string;
  @Field(() => CouncilRoleEnum) role!: 'EDITOR' | 'ADMIN';
}
