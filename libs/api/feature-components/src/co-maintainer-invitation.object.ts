import { Council } from '@lgx/api/core/councils';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

import { ComponentStatusEnum } from './component.object';

export const CoMaintainerInvitationStatusEnum = {
  PENDING: 'PENDING',
  DECLINED: 'DECLINED',
} as const;
registerEnumType(CoMaintainerInvitationStatusEnum, { name: 'CoMaintainerInvitationStatus' });

@ObjectType({
  description:
    'A council asked to maintain a component. Until it accepts, the component is not shown as its own.',
})
export class CoMaintainerInvitation {
  @Field(() => ID) componentId!: string;
  @Field(() => String) componentName!: string;
  @Field(() => String) componentSummary!: string;
  @Field(() => ComponentStatusEnum) componentStatus!: keyof typeof ComponentStatusEnum;
  @Field(() => Council, { description: 'The council asked.' }) council!: Council;
  @Field(() => Council, { description: 'The council that asked.' }) invitedBy!: Council;
  @Field(() => Date) invitedAt!: Date;
  @Field(() => CoMaintainerInvitationStatusEnum)
  status!: keyof typeof CoMaintainerInvitationStatusEnum;
  @Field(() => Date, { nullable: true }) respondedAt!: Date | null;
}
