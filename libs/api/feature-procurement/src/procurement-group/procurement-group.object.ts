import { Council } from '@lgx/api/core/councils';
import { Connection, CpvCategory, Money } from '@lgx/api/core/graphql';
import { StoredFileFields } from '@lgx/api/core/storage';
import {
  GROUP_STAGES,
  GROUP_VISIBILITIES,
  type GroupStage,
  type GroupVisibility,
  PROCUREMENT_ROUTES,
  type ProcurementRoute,
} from '@lgx/shared/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import type { MemberStatus } from './procurement-group-member.entity';

const keys = <T extends Record<string, string>>(labels: T) =>
  Object.fromEntries(Object.keys(labels).map((key) => [key, key])) as { [K in keyof T]: K };

export const GroupStageEnum = keys(GROUP_STAGES);
registerEnumType(GroupStageEnum, { name: 'GroupStage' });
export const ProcurementRouteEnum = keys(PROCUREMENT_ROUTES);
registerEnumType(ProcurementRouteEnum, { name: 'ProcurementRoute' });
export const GroupVisibilityEnum = keys(GROUP_VISIBILITIES);
registerEnumType(GroupVisibilityEnum, { name: 'GroupVisibility' });
/** A member's status as a reader sees it: `MEMBER` hides interested or committed from outsiders. */
export type GroupMemberStatus = MemberStatus | 'MEMBER';

export const MemberStatusEnum = {
  INVITED: 'INVITED',
  REQUESTED: 'REQUESTED',
  INTERESTED: 'INTERESTED',
  COMMITTED: 'COMMITTED',
  WITHDRAWN: 'WITHDRAWN',
  DECLINED: 'DECLINED',
  MEMBER: 'MEMBER',
} as const satisfies Record<GroupMemberStatus, GroupMemberStatus>;
registerEnumType(MemberStatusEnum, {
  name: 'GroupMemberStatus',
  description:
    'INTERESTED and COMMITTED councils are members; INVITED and REQUESTED wait for an answer. Readers outside the group see MEMBER for both interested and committed councils.',
  valuesMap: {
    MEMBER: {
      description:
        'Interested or committed: which one is shown to officers of member councils only.',
    },
  },
});

@ObjectType({
  description:
    "A group's pooled demand, worked out live from its members. Officers of member councils see every figure; anyone else sees a figure only when the councils it is built from number none or at least 3 (null otherwise, with withheldReason).",
})
export class GroupDemand {
  @Field(() => Int, {
    nullable: true,
    description: 'Members that have expressed interest but not committed.',
  })
  interestedCount!: number | null;
  @Field(() => Int, { nullable: true }) committedCount!: number | null;
  @Field(() => Int, { nullable: true, description: 'Interested and committed councils.' })
  memberCount!: number | null;
  @Field(() => Money, {
    nullable: true,
    description: 'The sum of committed councils’ estimated values.',
  })
  committedValue!: Money | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Residents of every member council, from the register.',
  })
  populationCovered!: number | null;
  @Field(() => Int, { nullable: true, description: 'Residents of the committed councils.' })
  committedPopulation!: number | null;
  @Field(() => [String], {
    nullable: true,
    description: 'Regions (or nations) of member councils.',
  })
  regions!: string[] | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Null only for sample content whose source does not state it.',
  })
  minimumCouncils!: number | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Enough councils have committed for the bid to go ahead; null when there is no stated minimum, or when withheld.',
  })
  minimumMet!: boolean | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Why some figures are null for you (you are not in the group and they rest on fewer than 3 councils); null when you see them all.',
  })
  withheldReason!: string | null;
}

@ObjectType({ description: "A council's place in a group, with its commitment." })
export class GroupMember {
  @Field(() => Council) council!: Council;
  @Field(() => MemberStatusEnum, {
    description: 'MEMBER (interested or committed) for readers outside the group.',
  })
  status!: GroupMemberStatus;
  @Field(() => Boolean, { description: 'The council that leads the group.' }) isLead!: boolean;
  @Field(() => Int, { nullable: true, description: 'Only for member councils.' })
  volume!: number | null;
  @Field(() => String, { nullable: true, description: 'What the volume counts, e.g. licences.' })
  volumeUnit!: string | null;
  @Field(() => Money, { nullable: true, description: 'Only for member councils.' })
  estimatedValue!: Money | null;
  @Field(() => String, { nullable: true }) earliestStart!: string | null;
  @Field(() => String, { nullable: true }) latestStart!: string | null;
  @Field(() => Date, { nullable: true, description: 'Only for member councils.' })
  committedAt!: Date | null;
}

@ObjectType({ description: 'A move in the lifecycle: who, when, and why.' })
export class GroupStageChange {
  @Field(() => GroupStageEnum) fromStage!: GroupStage;
  @Field(() => GroupStageEnum) toStage!: GroupStage;
  @Field(() => String) note!: string;
  @Field(() => String) changedByName!: string;
  @Field(() => Council, { nullable: true }) changedByCouncil!: Council | null;
  @Field(() => Date) changedAt!: Date;
}

@ObjectType({ description: 'What the viewer’s council is, and may do, in this group.' })
export class GroupViewer {
  @Field(() => MemberStatusEnum, { nullable: true }) status!: MemberStatus | null;
  @Field(() => Boolean, { description: 'Their council is interested or committed.' })
  isMember!: boolean;
  @Field(() => Boolean, { description: 'They may change the stage, invite and answer requests.' })
  canManage!: boolean;
  @Field(() => Boolean, {
    description: "They may change the group's details now (the lead's editors, until it ends).",
  })
  canEdit!: boolean;
  @Field(() => Boolean) canExpressInterest!: boolean;
  @Field(() => Boolean) canCommit!: boolean;
  @Field(() => Boolean) canWithdraw!: boolean;
}

@ObjectType({ description: 'Councils with the same need, pooling demand for a joint bid.' })
export class ProcurementGroup {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { description: 'The need in plain words.' }) need!: string;
  @Field(() => CpvCategory) category!: CpvCategory;
  @Field(() => Council) leadCouncil!: Council;
  @Field(() => Money, { nullable: true }) estimatedValuePerCouncil!: Money | null;
  @Field(() => Money, { nullable: true }) estimatedTotalValue!: Money | null;
  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD. Null only for sample content whose source does not state it.',
  })
  desiredStart!: string | null;
  @Field(() => ProcurementRouteEnum, {
    nullable: true,
    description: 'Null only for sample content whose source does not state it.',
  })
  route!: ProcurementRoute | null;
  @Field(() => String, { nullable: true }) routeLabel!: string | null;
  @Field(() => String, { nullable: true }) frameworkName!: string | null;
  @Field(() => String, { nullable: true }) frameworkLot!: string | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Null only for sample content whose source does not state it.',
  })
  minimumCouncils!: number | null;
  @Field(() => GroupVisibilityEnum) visibility!: GroupVisibility;
  @Field(() => String, {
    nullable: true,
    description:
      'Expressions of interest close at the end of this day. Null only for sample content whose source does not state it.',
  })
  interestClosesOn!: string | null;
  @Field(() => GroupStageEnum) stage!: GroupStage;
  @Field(() => String) stageLabel!: string;
  @Field(() => String, { nullable: true, description: 'Why it closed or was abandoned.' })
  endReason!: string | null;
  @Field(() => Boolean, {
    description:
      'Sample content: written for LGX from the public source at sourceUrl, not run on LGX by its councils.',
  })
  isSample!: boolean;
  @Field(() => String, { nullable: true, description: 'Where sample content comes from.' })
  sourceUrl!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
}

@ObjectType()
export class ProcurementGroupConnection extends Connection(ProcurementGroup, 'ProcurementGroup') {}

@ObjectType({ description: 'A post in the discussion.' })
export class GroupMessage {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'Plain text.' }) body!: string;
  @Field(() => String) authorName!: string;
  @Field(() => Council) council!: Council;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType({ description: 'A file shared with the group.' })
export class GroupDocument extends StoredFileFields {
  @Field(() => Council) council!: Council;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Boolean, {
    description:
      'The viewer may remove it: an editor of the council that shared it, or of the lead.',
  })
  canRemove!: boolean;
}

@ObjectType({ description: 'The discussion and documents: for member councils only.' })
export class GroupWorkspace {
  @Field(() => [GroupMessage], { description: 'Oldest first.' }) messages!: GroupMessage[];
  @Field(() => [GroupDocument], {
    description: 'Upload with POST /procurement-groups/:id/documents.',
  })
  documents!: GroupDocument[];
}
