import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { SupplierExperience } from './experience.object';

export const ConcernOutcomeEnum = { KEPT: 'KEPT', EDITED: 'EDITED', REMOVED: 'REMOVED' } as const;
registerEnumType(ConcernOutcomeEnum, { name: 'ConcernOutcome' });

@ObjectType({ description: 'A reader’s concern, or a supplier’s notice of complaint.' })
export class ExperienceConcern {
  @Field(() => ID) id!: string;
  @Field(() => ID) experienceId!: string;
  @Field(() => String, { description: 'CONCERN or COMPLAINT.' }) kind!: string;
  @Field(() => String) details!: string;
  @Field(() => Date) raisedAt!: Date;
  @Field(() => Date, { nullable: true, description: 'Complaints: when the 48 hours end.' })
  deadlineAt!: Date | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Complaints: whole hours left (0 when overdue).',
  })
  hoursLeft!: number | null;
  @Field(() => Boolean) overdue!: boolean;
  @Field(() => ConcernOutcomeEnum, { nullable: true }) outcome!:
    keyof typeof ConcernOutcomeEnum | null;
}

@ObjectType({ description: 'What moderators have to do.' })
export class ModerationQueue {
  @Field(() => [SupplierExperience], { description: 'Submitted, oldest first.' })
  submitted!: SupplierExperience[];
  @Field(() => [ExperienceConcern], { description: 'Open, complaints by deadline first.' })
  concerns!: ExperienceConcern[];
}
