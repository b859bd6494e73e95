import { Field, InputType, Int, registerEnumType } from '@nestjs/graphql';

export const SavingsBasisEnum = { YEAR: 'YEAR', PERIOD: 'PERIOD' } as const;
registerEnumType(SavingsBasisEnum, {
  name: 'SavingsBasis',
  description: 'Whether a cashable saving is per YEAR or a total over the savings PERIOD.',
});
export const FiguresBasisEnum = { FORECAST: 'FORECAST', ACTUAL: 'ACTUAL' } as const;
registerEnumType(FiguresBasisEnum, {
  name: 'FiguresBasis',
  description: 'Whether the figures are a FORECAST or a measured ACTUAL.',
});

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
  @Field(() => String, {
    nullable: true,
    description:
      'When it went live (YYYY-MM-DD, not in the future): its council is asked for actuals 6, 12 and 24 months on.',
  })
  liveSince?: string | null;
  @Field(() => String, { nullable: true }) contactName?: string | null;
  @Field(() => String, { nullable: true }) contactEmail?: string | null;
  @Field(() => String, { nullable: true }) licence?: string | null;
  @Field(() => String, { nullable: true }) sourceUrl?: string | null;
  @Field(() => String, { nullable: true }) investment?: string | null;
  @Field(() => String, { nullable: true }) runningCostPerYear?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'The cashable saving: per year, or a total over the period when cashableSavingsOver is PERIOD. The low end of a range, or the ceiling when cashableSavingsUpTo.',
  })
  cashableSavingsPerYear?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The high end when the investment is a range ("between £1.5m and £2m").',
  })
  investmentHigh?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'The investment is "up to" the amount given: a ceiling.',
  })
  investmentUpTo?: boolean | null;
  @Field(() => String, { nullable: true, description: 'The high end when the saving is a range.' })
  cashableSavingsHigh?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'The saving is "up to" the amount given.' })
  cashableSavingsUpTo?: boolean | null;
  @Field(() => SavingsBasisEnum, { nullable: true, description: 'YEAR unless given.' })
  cashableSavingsOver?: keyof typeof SavingsBasisEnum | null;
  @Field(() => Int, {
    nullable: true,
    description: 'How many years the savings last, 1 to 30 (the low end of a range).',
  })
  savingsPeriodYears?: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'The high end when the period is a range ("three to four years").',
  })
  savingsPeriodYearsTo?: number | null;
  @Field(() => String, {
    nullable: true,
    description:
      'For optimism bias: standard-buildings, non-standard-buildings, standard-civil-engineering, non-standard-civil-engineering, equipment-development (digital projects, the default) or outsourcing.',
  })
  projectType?: string | null;
  @Field(() => FiguresBasisEnum, { nullable: true, description: 'FORECAST unless given.' })
  figuresBasis?: keyof typeof FiguresBasisEnum | null;
  @Field(() => Int, { nullable: true }) hoursSavedPerYear?: number | null;
  @Field(() => String, { nullable: true }) nonCashableBenefits?: string | null;
  @Field(() => Int, { nullable: true }) residentsAffected?: number | null;
  @Field(() => String, { nullable: true }) evidenceLevel?: string | null;
}
