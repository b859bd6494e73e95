import { Council } from '@lgx/api/core/councils';
import { Money } from '@lgx/api/core/graphql';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

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
  @Field(() => Int, {
    nullable: true,
    description: 'Derived: months to pay back the investment from net savings.',
  })
  paybackMonths!: number | null;
  @Field(() => Money, {
    nullable: true,
    description: 'Derived: three years of savings less investment and running costs.',
  })
  threeYearNetBenefit!: Money | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Why LGX could not work out paybackMonths, for people (e.g. "Not worked out: no investment was given"); null when it did.',
  })
  paybackNotWorkedOut!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Why LGX could not work out threeYearNetBenefit, for people; null when it did.',
  })
  threeYearNetBenefitNotWorkedOut!: string | null;
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
