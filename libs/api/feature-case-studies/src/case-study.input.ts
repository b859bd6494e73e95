import { Field, InputType, Int } from '@nestjs/graphql';

@InputType({
  description: 'A case study as written. Money in pounds as typed: "150000", "1.5m", "£250,000".',
})
export class CaseStudyInput {
  @Field(() => String) title!: string;
  @Field(() => String) summary!: string;
  @Field(() => String, { nullable: true }) challenge?: string | null;
  @Field(() => String, { nullable: true }) whatWasDone?: string | null;
  @Field(() => String, { nullable: true }) impact?: string | null;
  @Field(() => String, { nullable: true }) lessonsLearned?: string | null;
  @Field(() => String, { nullable: true }) body?: string | null;
  @Field(() => [String], {
    nullable: true,
    description:
      'Co-author councils by register code. A council not yet a co-author is invited, and becomes one only when one of its editors accepts; one left out is withdrawn or taken off.',
  })
  coAuthorCouncilCodes?: string[] | null;
  @Field(() => [String], { nullable: true }) serviceAreas?: string[] | null;
  @Field(() => [String], { nullable: true }) objectives?: string[] | null;
  @Field(() => [String], { nullable: true }) technologies?: string[] | null;
  @Field(() => String) stage!: string;
  @Field(() => String, { nullable: true }) stoppedReason?: string | null;
  @Field(() => String, { nullable: true }) startDate?: string | null;
  @Field(() => String, { nullable: true }) endDate?: string | null;
  @Field(() => String, { nullable: true }) contactName?: string | null;
  @Field(() => String, { nullable: true }) contactEmail?: string | null;
  @Field(() => String, { nullable: true }) licence?: string | null;
  @Field(() => String, { nullable: true }) sourceUrl?: string | null;
  @Field(() => String, { nullable: true }) investment?: string | null;
  @Field(() => String, { nullable: true }) runningCostPerYear?: string | null;
  @Field(() => String, { nullable: true }) cashableSavingsPerYear?: string | null;
  @Field(() => Int, { nullable: true }) hoursSavedPerYear?: number | null;
  @Field(() => String, { nullable: true }) nonCashableBenefits?: string | null;
  @Field(() => Int, { nullable: true }) residentsAffected?: number | null;
  @Field(() => String, { nullable: true }) evidenceLevel?: string | null;
}
