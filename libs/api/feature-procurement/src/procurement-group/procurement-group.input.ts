import type { GroupStage } from '@lgx/shared/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';

import { GroupStageEnum } from './procurement-group.object';

@InputType({
  description: 'A group as its lead writes it. Money in pounds as typed: "250000", "1.5m".',
})
export class ProcurementGroupInput {
  @Field(() => String) title!: string;
  @Field(() => String) need!: string;
  @Field(() => String, { description: 'A CPV code, e.g. 72000000-5.' }) cpvCode!: string;
  @Field(() => String, { nullable: true }) estimatedValuePerCouncil?: string | null;
  @Field(() => String, { nullable: true }) estimatedTotalValue?: string | null;
  @Field(() => String, { description: 'YYYY-MM-DD.' }) desiredStart!: string;
  @Field(() => String, { description: 'A ProcurementRoute value.' }) route!: string;
  @Field(() => String, { nullable: true }) frameworkName?: string | null;
  @Field(() => String, { nullable: true }) frameworkLot?: string | null;
  @Field(() => Int) minimumCouncils!: number;
  @Field(() => String, { description: 'A GroupVisibility value.' }) visibility!: string;
  @Field(() => String, { description: 'YYYY-MM-DD.' }) interestClosesOn!: string;
}

@InputType({ description: 'A commitment. Money in pounds as typed.' })
export class CommitmentInput {
  @Field(() => Int) volume!: number;
  @Field(() => String, { description: 'What the volume counts, e.g. licences or sites.' })
  volumeUnit!: string;
  @Field(() => String) estimatedValue!: string;
  @Field(() => String, { description: 'YYYY-MM-DD.' }) earliestStart!: string;
  @Field(() => String, { description: 'YYYY-MM-DD.' }) latestStart!: string;
}

@InputType()
export class ProcurementGroupFilter {
  @Field(() => [GroupStageEnum], { nullable: true }) stages?: GroupStage[] | null;
  @Field(() => String, {
    nullable: true,
    description: 'Groups in the same CPV division as this code.',
  })
  cpvCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Words in the title or need.' })
  search?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Only groups the viewer’s council is in (or invited to, or asked to join).',
  })
  mine?: boolean | null;
}

@InputType()
export class MoveGroupStageInput {
  @Field(() => ID) groupId!: string;
  @Field(() => GroupStageEnum) to!: GroupStage;
  @Field(() => String, { nullable: true, description: 'What happened, for the history.' })
  note?: string | null;
  @Field(() => String, { nullable: true, description: 'Required to close or abandon.' })
  reason?: string | null;
}
