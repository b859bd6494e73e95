import { Council } from '@lgx/api/core/councils';
import { Connection, CpvCategory } from '@lgx/api/core/graphql';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

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
