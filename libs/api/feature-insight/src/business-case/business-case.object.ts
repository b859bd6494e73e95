import { Money } from '@lgx/api/core/graphql';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A published case study a business case figure comes from.' })
export class BusinessCaseSource {
  @Field(() => ID) caseStudyId!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { description: 'Absolute address of the case study on LGX.' }) url!: string;
}

@ObjectType({ description: 'The officer’s council, whose population the figures are scaled to.' })
export class BusinessCaseCouncil {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => Int, { nullable: true }) population!: number | null;
}

@ObjectType({ description: 'A peer case study, its figures scaled to the officer’s council.' })
export class BusinessCasePeer {
  @Field(() => BusinessCaseSource) source!: BusinessCaseSource;
  @Field(() => String) councilName!: string;
  @Field(() => Int, { nullable: true }) councilPopulation!: number | null;
  @Field(() => String, { description: 'Our population ÷ theirs, e.g. "1.294".' }) scale!: string;
  @Field(() => String, { description: 'Forecast or Actual (measured).' }) figuresBasis!: string;
  @Field(() => Money, { description: 'Central reading, scaled.' }) investment!: Money;
  @Field(() => Money) runningCostPerYear!: Money;
  @Field(() => Money) cashableSavingsPerYear!: Money;
  @Field(() => String, { description: 'How long the savings last, e.g. "3.5 years".' })
  period!: string;
  @Field(() => Money, { description: 'Its own central NPV after optimism bias, scaled.' })
  netPresentValue!: Money;
}

@ObjectType({ description: 'A case study that was not used, and why.' })
export class BusinessCaseLeftOut {
  @Field(() => BusinessCaseSource) source!: BusinessCaseSource;
  @Field(() => String) reason!: string;
}

@ObjectType({ description: 'One end (or the median) of a figure across peers, with its sources.' })
export class BusinessCasePoint {
  @Field(() => String, { description: 'For people, e.g. "£1,293,810" or "3 years".' })
  text!: string;
  @Field(() => String, { nullable: true, description: 'Whole pence, when it is money.' })
  pence!: string | null;
  @Field(() => [BusinessCaseSource]) sources!: BusinessCaseSource[];
}

@ObjectType({ description: 'A figure across the peers: lowest, median and highest, of n.' })
export class BusinessCaseSpread {
  @Field(() => String) figure!: string;
  @Field(() => Int) n!: number;
  @Field(() => BusinessCasePoint) low!: BusinessCasePoint;
  @Field(() => BusinessCasePoint) median!: BusinessCasePoint;
  @Field(() => BusinessCasePoint) high!: BusinessCasePoint;
}

@ObjectType({ description: 'The appraisal method applied to one reading of the spread.' })
export class BusinessCaseReading {
  @Field(() => String, { description: 'Low, Central or High.' }) reading!: string;
  @Field(() => String) description!: string;
  @Field(() => Money) investment!: Money;
  @Field(() => Money) runningCostPerYear!: Money;
  @Field(() => Money) cashableSavingsPerYear!: Money;
  @Field(() => Int) periodYears!: number;
  @Field(() => Money) netPresentValueUnadjusted!: Money;
  @Field(() => Money, { description: 'After the optimism bias adjustment.' })
  netPresentValue!: Money;
  @Field(() => String, { nullable: true }) benefitCostRatio!: string | null;
  @Field(() => Int, { nullable: true }) paybackYear!: number | null;
  @Field(() => [BusinessCaseSource], { description: 'The case studies its figures come from.' })
  sources!: BusinessCaseSource[];
}

@ObjectType({ description: 'The optimism bias applied, with its source.' })
export class BusinessCaseOptimismBias {
  @Field(() => String) label!: string;
  @Field(() => Int) upliftPercent!: number;
  @Field(() => String) source!: string;
}

@ObjectType({
  description:
    'Our business case from peers: the economic case pre-filled from comparable published case studies, scaled to the officer’s council, with the spread.',
})
export class BusinessCase {
  @Field(() => String) title!: string;
  @Field(() => BusinessCaseSource, { nullable: true }) startedFrom!: BusinessCaseSource | null;
  @Field(() => String, { nullable: true }) objective!: string | null;
  @Field(() => String, { nullable: true }) technology!: string | null;
  @Field(() => BusinessCaseCouncil, { nullable: true }) council!: BusinessCaseCouncil | null;
  @Field(() => Boolean) scaledByPopulation!: boolean;
  @Field(() => String, { description: 'How the figures were scaled, or why they were not.' })
  scalingNote!: string;
  @Field(() => Boolean, {
    description: 'Whether only peers with measured figures were used (decision 0075).',
  })
  measuredOnly!: boolean;
  @Field(() => String, { description: 'Which figures the peers’ were: only measured, or all.' })
  figuresNote!: string;
  @Field(() => String) methodUrl!: string;
  @Field(() => BusinessCaseOptimismBias, { nullable: true })
  optimismBias!: BusinessCaseOptimismBias | null;
  @Field(() => [BusinessCasePeer]) peers!: BusinessCasePeer[];
  @Field(() => [BusinessCaseLeftOut]) leftOut!: BusinessCaseLeftOut[];
  @Field(() => [BusinessCaseSpread]) spread!: BusinessCaseSpread[];
  @Field(() => [BusinessCaseReading]) readings!: BusinessCaseReading[];
  @Field(() => String, { description: 'The file name, without .docx or .md.' })
  documentName!: string;
}
