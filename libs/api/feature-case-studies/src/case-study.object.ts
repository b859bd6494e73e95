import { Council } from '@lgx/api/core/councils';
import { Money } from '@lgx/api/core/graphql';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { FiguresBasisEnum, SavingsBasisEnum } from './case-study.input';
import { CaseStudyAppraisal } from './case-study-appraisal.object';

export const CaseStudyStatusEnum = {
  DRAFT: 'DRAFT',
  IN_REVIEW: 'IN_REVIEW',
  PUBLISHED: 'PUBLISHED',
  ARCHIVED: 'ARCHIVED',
} as const;
registerEnumType(CaseStudyStatusEnum, { name: 'CaseStudyStatus' });

export { Money };

@ObjectType()
export class TaxonomyTerm {
  @Field(() => String) key!: string;
  @Field(() => String) label!: string;
}

@ObjectType({ description: 'What a council did, what it cost and saved, and what it learned.' })
export class CaseStudy {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String) summary!: string;
  @Field(() => String, { description: 'Markdown as written.' }) challenge!: string;
  @Field(() => String) whatWasDone!: string;
  @Field(() => String) impact!: string;
  @Field(() => String) lessonsLearned!: string;
  @Field(() => String) body!: string;
  @Field(() => String, {
    description:
      'The Markdown of challenge, what was done, impact, lessons and body, as safe HTML.',
  })
  html!: string;
  @Field(() => Council) leadCouncil!: Council;
  @Field(() => [Council]) coAuthorCouncils!: Council[];
  @Field(() => [TaxonomyTerm]) serviceAreas!: TaxonomyTerm[];
  @Field(() => [TaxonomyTerm]) objectives!: TaxonomyTerm[];
  @Field(() => [TaxonomyTerm]) technologies!: TaxonomyTerm[];
  @Field(() => TaxonomyTerm) stage!: TaxonomyTerm;
  @Field(() => String, { nullable: true }) stoppedReason!: string | null;
  @Field(() => String, { nullable: true }) startDate!: string | null;
  @Field(() => String, { nullable: true, description: 'When it went live (YYYY-MM-DD).' })
  liveSince!: string | null;
  @Field(() => String, { nullable: true }) endDate!: string | null;
  @Field(() => String, { nullable: true, description: 'Only for signed-in officers.' })
  contactName!: string | null;
  @Field(() => String, { nullable: true, description: 'Only for signed-in officers.' })
  contactEmail!: string | null;
  @Field(() => String) licence!: string;
  @Field(() => String, { nullable: true }) sourceUrl!: string | null;
  @Field(() => Money, { nullable: true }) investment!: Money | null;
  @Field(() => Money, { nullable: true }) runningCostPerYear!: Money | null;
  @Field(() => Money, { nullable: true }) cashableSavingsPerYear!: Money | null;
  @Field(() => Int, { nullable: true }) hoursSavedPerYear!: number | null;
  @Field(() => String, { nullable: true }) nonCashableBenefits!: string | null;
  @Field(() => Int, { nullable: true }) residentsAffected!: number | null;
  @Field(() => TaxonomyTerm, { nullable: true }) evidenceLevel!: TaxonomyTerm | null;
  @Field(() => Money, {
    nullable: true,
    description:
      'The high end when the investment was given as a range (investment is the low end).',
  })
  investmentHigh!: Money | null;
  @Field(() => Boolean, { description: 'The investment was stated as "up to" the amount.' })
  investmentUpTo!: boolean;
  @Field(() => Money, {
    nullable: true,
    description: 'The high end when the saving was given as a range.',
  })
  cashableSavingsHigh!: Money | null;
  @Field(() => Boolean, { description: 'The saving was stated as "up to" the amount.' })
  cashableSavingsUpTo!: boolean;
  @Field(() => SavingsBasisEnum, {
    description: 'Whether cashableSavingsPerYear is per YEAR or a total over the PERIOD.',
  })
  cashableSavingsOver!: keyof typeof SavingsBasisEnum;
  @Field(() => String, {
    nullable: true,
    description:
      'The investment as stated, for people: "£1,500,000 to £2,000,000", "up to £50,000".',
  })
  investmentStated!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'The cashable saving as stated, for people: "£120,000 a year for 5 years", "up to £12,000,000 over 3 to 4 years".',
  })
  cashableSavingsStated!: string | null;
  @Field(() => Int, { nullable: true, description: 'How many years the savings last.' })
  savingsPeriodYears!: number | null;
  @Field(() => Int, { nullable: true, description: 'The high end of a range of years.' })
  savingsPeriodYearsTo!: number | null;
  @Field(() => TaxonomyTerm, { description: 'The project type, for optimism bias.' })
  projectType!: TaxonomyTerm;
  @Field(() => FiguresBasisEnum, { description: 'A FORECAST or a measured ACTUAL.' })
  figuresBasis!: keyof typeof FiguresBasisEnum;
  @Field(() => CaseStudyAppraisal, {
    nullable: true,
    description:
      'LGX’s appraisal of the figures (NPV, benefit-cost ratio, payback): the one basis for every derived figure.',
  })
  appraisal!: CaseStudyAppraisal | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Why there is no appraisal, for people ("No figures given", "Not worked out: …"); null when there is one.',
  })
  appraisalNotWorkedOut!: string | null;
  @Field(() => CaseStudyStatusEnum) status!: keyof typeof CaseStudyStatusEnum;
  @Field(() => Boolean, { description: 'Sample content based on a public report.' })
  isSample!: boolean;
  @Field(() => Boolean, { description: 'Whether the viewer may edit it.' }) canEdit!: boolean;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => Date) updatedAt!: Date;
}

@ObjectType()
export class CaseStudyRevision {
  @Field(() => Int) version!: number;
  @Field(() => Date) changedAt!: Date;
  @Field(() => Council, { nullable: true, description: 'Changes are attributed to councils.' })
  changedByCouncil!: Council | null;
}

@ObjectType()
export class LineChange {
  @Field(() => String, { description: 'same, added or removed' }) kind!: string;
  @Field(() => String) text!: string;
}

@ObjectType()
export class FieldChange {
  @Field(() => String) field!: string;
  @Field(() => String) before!: string;
  @Field(() => String) after!: string;
  @Field(() => [LineChange]) lines!: LineChange[];
}
