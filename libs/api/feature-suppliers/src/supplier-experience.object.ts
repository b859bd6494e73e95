import { Council } from '@lgx/api/core/councils';
import { Connection, CpvCategory } from '@lgx/api/core/graphql';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export const ExperienceStatusEnum = {
  SUBMITTED: 'SUBMITTED',
  CHANGES_REQUESTED: 'CHANGES_REQUESTED',
  PUBLISHED: 'PUBLISHED',
  REJECTED: 'REJECTED',
  REMOVED: 'REMOVED',
} as const;
registerEnumType(ExperienceStatusEnum, { name: 'SupplierExperienceStatus' });

export const AttributionEnum = { NAMED: 'NAMED', ANONYMISED: 'ANONYMISED' } as const;
registerEnumType(AttributionEnum, {
  name: 'Attribution',
  description: 'Named: the council is shown. Anonymised: only its type and region.',
});

export const ConcernOutcomeEnum = { KEPT: 'KEPT', EDITED: 'EDITED', REMOVED: 'REMOVED' } as const;
registerEnumType(ConcernOutcomeEnum, { name: 'ConcernOutcome' });

@ObjectType()
export class Term {
  @Field(() => String) key!: string;
  @Field(() => String) label!: string;
}

@ObjectType()
export class ExperienceRatings {
  @Field(() => Int) delivery!: number;
  @Field(() => Int) valueForMoney!: number;
  @Field(() => Int) support!: number;
  @Field(() => Int) interoperability!: number;
  @Field(() => Int) exitAndDataPortability!: number;
}

@ObjectType({
  description: 'What a council bought from a supplier and how it went. Verified officers only.',
})
export class SupplierExperience {
  @Field(() => ID) id!: string;
  @Field(() => ID) supplierId!: string;
  @Field(() => String) supplierName!: string;
  @Field(() => String, {
    description:
      'Who wrote it, for readers: the council, or "a district council in the East Midlands".',
  })
  attributedTo!: string;
  @Field(() => AttributionEnum) attribution!: keyof typeof AttributionEnum;
  @Field(() => Council, {
    nullable: true,
    description: 'Null when anonymised, except for its own council and moderators.',
  })
  council!: Council | null;
  @Field(() => String, { nullable: true }) region!: string | null;
  @Field(() => String, { nullable: true }) councilTypeName!: string | null;
  @Field(() => String) product!: string;
  @Field(() => CpvCategory) category!: CpvCategory;
  @Field(() => String) contractStart!: string;
  @Field(() => String) contractEnd!: string;
  @Field(() => String) extensionOptions!: string;
  @Field(() => Term) valueBand!: Term;
  @Field(() => Term) routeToMarket!: Term;
  @Field(() => String, { nullable: true }) frameworkName!: string | null;
  @Field(() => String, { nullable: true }) frameworkLot!: string | null;
  @Field(() => ExperienceRatings) ratings!: ExperienceRatings;
  @Field(() => Boolean) wouldBuyAgain!: boolean;
  @Field(() => String) whatWorked!: string;
  @Field(() => String) whatDidNotWork!: string;
  @Field(() => String) advice!: string;
  @Field(() => Boolean) isCurrent!: boolean;
  @Field(() => ExperienceStatusEnum) status!: keyof typeof ExperienceStatusEnum;
  @Field(() => String, {
    nullable: true,
    description: 'The moderator’s message; only for its council and moderators.',
  })
  moderatorMessage!: string | null;
  @Field(() => Boolean, { description: 'Whether the viewer may change it.' }) canEdit!: boolean;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => Date) updatedAt!: Date;
}

@ObjectType()
export class SupplierExperienceConnection extends Connection(
  SupplierExperience,
  'SupplierExperience',
) {}

@InputType({ description: 'A supplier experience as written. Dates as YYYY-MM-DD.' })
export class SupplierExperienceInput {
  @Field(() => ID) supplierId!: string;
  @Field(() => String) product!: string;
  @Field(() => String, { description: 'CPV code, like 48000000-8.' }) cpvCode!: string;
  @Field(() => String) contractStart!: string;
  @Field(() => String) contractEnd!: string;
  @Field(() => String, { nullable: true }) extensionOptions?: string | null;
  @Field(() => String) valueBand!: string;
  @Field(() => String) routeToMarket!: string;
  @Field(() => String, { nullable: true, description: 'For framework routes, e.g. G-Cloud 14.' })
  frameworkName?: string | null;
  @Field(() => String, { nullable: true }) frameworkLot?: string | null;
  @Field(() => Int) ratingDelivery!: number;
  @Field(() => Int) ratingValueForMoney!: number;
  @Field(() => Int) ratingSupport!: number;
  @Field(() => Int) ratingInteroperability!: number;
  @Field(() => Int) ratingExitAndDataPortability!: number;
  @Field(() => Boolean) wouldBuyAgain!: boolean;
  @Field(() => String, { nullable: true }) whatWorked?: string | null;
  @Field(() => String, { nullable: true }) whatDidNotWork?: string | null;
  @Field(() => String, { nullable: true }) advice?: string | null;
  @Field(() => Boolean) isCurrent!: boolean;
  @Field(() => AttributionEnum) attribution!: keyof typeof AttributionEnum;
}

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

@InputType({ description: 'A moderator’s edit when resolving a concern as edited.' })
export class ExperienceTextEdit {
  @Field(() => String, { nullable: true }) whatWorked?: string | null;
  @Field(() => String, { nullable: true }) whatDidNotWork?: string | null;
  @Field(() => String, { nullable: true }) advice?: string | null;
}
