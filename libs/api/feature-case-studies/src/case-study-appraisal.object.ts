import { Money } from '@lgx/api/core/graphql';
import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'What LGX’s appraisal method gives for one set of cash flows.' })
export class AppraisalFigures {
  @Field(() => Money, { description: 'Net present value: discounted savings less costs.' })
  netPresentValue!: Money;
  @Field(() => Money, { description: 'Investment and running costs, discounted.' })
  presentValueCosts!: Money;
  @Field(() => Money, { description: 'Cashable savings, discounted.' })
  presentValueBenefits!: Money;
  @Field(() => String, {
    nullable: true,
    description: 'Benefit-cost ratio to two decimals, e.g. "3.17"; null when nothing is spent.',
  })
  benefitCostRatio!: string | null;
  @Field(() => Int, {
    nullable: true,
    description: 'The year from which the running total stays at or above zero; null if never.',
  })
  paybackYear!: number | null;
  @Field(() => Int, { nullable: true, description: 'The same, with discounted cash flows.' })
  discountedPaybackYear!: number | null;
}

@ObjectType({ description: 'One reading of the figures, before and after optimism bias.' })
export class AppraisalScenarioFigures {
  @Field(() => AppraisalFigures) unadjusted!: AppraisalFigures;
  @Field(() => AppraisalFigures, {
    description: 'With the optimism bias uplift for the project type applied.',
  })
  adjusted!: AppraisalFigures;
}

@ObjectType()
export class OptimismBiasUplift {
  @Field(() => String, { description: 'The project type key.' }) projectType!: string;
  @Field(() => String) label!: string;
  @Field(() => Int) upliftPercent!: number;
  @Field(() => String, { description: 'investment, or running-cost for outsourcing.' })
  appliesTo!: string;
  @Field(() => String) source!: string;
}

@ObjectType({
  description:
    'LGX’s appraisal of a case study’s figures (Green Book method, /appraisal-method): low, central and high readings of any ranges, each unadjusted and adjusted for optimism bias.',
})
export class CaseStudyAppraisal {
  @Field(() => String) methodVersion!: string;
  @Field(() => String, { description: 'Where the method is described, for people.' })
  methodUrl!: string;
  @Field(() => Boolean, {
    description: 'True when a range or "up to" was given, so low and high differ from central.',
  })
  hasRange!: boolean;
  @Field(() => OptimismBiasUplift) optimismBias!: OptimismBiasUplift;
  @Field(() => AppraisalScenarioFigures) low!: AppraisalScenarioFigures;
  @Field(() => AppraisalScenarioFigures) central!: AppraisalScenarioFigures;
  @Field(() => AppraisalScenarioFigures) high!: AppraisalScenarioFigures;
}
