import { Council } from '@lgx/api/core/councils';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

import { CaseStudyStatusEnum } from './case-study.object';

export const CoAuthorInvitationStatusEnum = { PENDING: 'PENDING', DECLINED: 'DECLINED' } as const;
registerEnumType(CoAuthorInvitationStatusEnum, { name: 'CoAuthorInvitationStatus' });

@ObjectType({
  description:
    'A council asked to co-author a case study. Until it accepts, the case study is not shown as its own.',
})
export class CoAuthorInvitation {
  @Field(() => ID) caseStudyId!: string;
  @Field(() => String) caseStudyTitle!: string;
  @Field(() => String) caseStudySummary!: string;
  @Field(() => CaseStudyStatusEnum) caseStudyStatus!: keyof typeof CaseStudyStatusEnum;
  @Field(() => Council, { description: 'The council asked.' }) council!: Council;
  @Field(() => Council, { description: 'The council that asked.' }) invitedBy!: Council;
  @Field(() => Date) invitedAt!: Date;
  @Field(() => CoAuthorInvitationStatusEnum)
  status!: keyof typeof CoAuthorInvitationStatusEnum;
  @Field(() => Date, { nullable: true }) respondedAt!: Date | null;
}
