import { Money } from '@lgx/api/core/graphql';
import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export const CheckInStatusEnum = {
  NOT_DUE: 'NOT_DUE',
  DUE: 'DUE',
  OVERDUE: 'OVERDUE',
  RECORDED: 'RECORDED',
} as const;
registerEnumType(CheckInStatusEnum, {
  name: 'CheckInStatus',
  description:
    'A check-in not yet due, due, OVERDUE (due more than 30 days ago with no actuals) or with its actuals RECORDED.',
});

@ObjectType({ description: 'Measured figures reported at one check-in, beside the forecast.' })
export class CaseStudyActuals {
  @Field(() => String, { description: 'When the figures were measured (YYYY-MM-DD).' })
  reportedAt!: string;
  @Field(() => Money, { nullable: true }) investmentToDate!: Money | null;
  @Field(() => Money, { nullable: true }) runningCostPerYear!: Money | null;
  @Field(() => Money, { nullable: true }) cashableSavingsPerYear!: Money | null;
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType({ description: 'A check-in 6, 12 or 24 months after a case study went live.' })
export class CaseStudyCheckIn {
  @Field(() => Int) months!: number;
  @Field(() => String, { description: 'When it falls due (YYYY-MM-DD).' }) dueOn!: string;
  @Field(() => CheckInStatusEnum) status!: keyof typeof CheckInStatusEnum;
  @Field(() => CaseStudyActuals, { nullable: true }) actuals!: CaseStudyActuals | null;
}

@InputType({
  description: 'Measured figures for a check-in. Money in pounds as typed: "150000", "1.5m".',
})
export class CaseStudyActualsInput {
  @Field(() => String, {
    nullable: true,
    description: 'When measured (YYYY-MM-DD); today unless given.',
  })
  reportedAt?: string | null;
  @Field(() => String, { nullable: true }) investmentToDate?: string | null;
  @Field(() => String, { nullable: true }) runningCostPerYear?: string | null;
  @Field(() => String, { nullable: true }) cashableSavingsPerYear?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}
