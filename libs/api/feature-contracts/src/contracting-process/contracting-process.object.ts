import { Council } from '@lgx/api/core/councils';
import { Connection } from '@lgx/api/core/graphql';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export const ContractDateSourceEnum = {
  TENDER_ESTIMATE: 'TENDER_ESTIMATE',
  AWARD: 'AWARD',
  CONTRACT: 'CONTRACT',
} as const;
registerEnumType(ContractDateSourceEnum, {
  name: 'ContractDateSource',
  description:
    "Which part of the notices a contract's date or value came from: the tender's estimate, the award, or the contract itself.",
});

export const ContractDateCertaintyEnum = {
  ESTIMATED: 'ESTIMATED',
  EXPECTED: 'EXPECTED',
  CONFIRMED: 'CONFIRMED',
} as const;
registerEnumType(ContractDateCertaintyEnum, {
  name: 'ContractDateCertainty',
  description:
    "How sure a date is: the buyer's estimate at tender, expected at award, or confirmed by the contract.",
});

@ObjectType({
  description: 'A date of a public contract, with where it came from and how sure it is.',
})
export class ContractDate {
  @Field(() => Date) date!: Date;
  @Field(() => ContractDateSourceEnum) source!: keyof typeof ContractDateSourceEnum;
  @Field(() => ContractDateCertaintyEnum) certainty!: keyof typeof ContractDateCertaintyEnum;
}

@ObjectType({
  description: 'A value exactly as the notice stated it: nothing converted or guessed.',
})
export class ContractValue {
  @Field(() => String, {
    description: 'The amount as stated, as a decimal string, e.g. "125000.50".',
  })
  amount!: string;
  @Field(() => String, {
    nullable: true,
    description: 'The ISO 4217 currency as stated (e.g. GBP); null when the notice gave none.',
  })
  currency!: string | null;
  @Field(() => ContractDateSourceEnum) source!: keyof typeof ContractDateSourceEnum;
}

@ObjectType({ description: 'A CPV code of a public contract, with its label when LGX knows it.' })
export class ContractCpv {
  @Field(() => String, { description: 'As the notice gave it, e.g. 72000000 or 72000000-5.' })
  code!: string;
  @Field(() => String, { nullable: true }) label!: string | null;
}

@ObjectType({ description: 'A supplier directory entry, as a public contract links to it.' })
export class ContractSupplierEntry {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => Boolean, {
    description: 'False for an entry LGX made from a notice that no moderator has checked yet.',
  })
  verified!: boolean;
}

@ObjectType({ description: 'A supplier awarded a public contract, as the notice published it.' })
export class ContractAwardedSupplier {
  @Field(() => String) name!: string;
  @Field(() => String, {
    nullable: true,
    description: 'From the notice’s GB-COH identifier, as published.',
  })
  companiesHouseNumber!: string | null;
  @Field(() => ContractSupplierEntry, {
    nullable: true,
    description: 'Its entry in the supplier directory; null until the import has linked it.',
  })
  directoryEntry!: ContractSupplierEntry | null;
}

@ObjectType({ description: 'The buyer of a public contract.' })
export class ContractBuyer {
  @Field(() => String, { nullable: true, description: "The buyer's name exactly as published." })
  name!: string | null;
  @Field(() => Council, {
    nullable: true,
    description: 'The council in the register, when the buyer was matched to one.',
  })
  council!: Council | null;
}

@ObjectType({
  description:
    'A public contract: one contracting process compiled from its Contracts Finder and Find a Tender notices (OCDS, Open Government Licence).',
})
export class Contract {
  @Field(() => ID, { description: 'The OCDS contracting process id, e.g. ocds-b5fd17-....' })
  ocid!: string;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => ContractBuyer) buyer!: ContractBuyer;
  @Field(() => [ContractAwardedSupplier]) suppliers!: ContractAwardedSupplier[];
  @Field(() => ContractValue, { nullable: true }) value!: ContractValue | null;
  @Field(() => ContractCpv, { nullable: true }) cpvMain!: ContractCpv | null;
  @Field(() => [ContractCpv]) cpvAdditional!: ContractCpv[];
  @Field(() => String, {
    nullable: true,
    description: 'OCDS procurementMethod: open, selective, limited or direct.',
  })
  procurementMethod!: string | null;
  @Field(() => String, { nullable: true }) procurementMethodDetails!: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Null when the notices do not say.' })
  isFramework!: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Null when the notices do not say.' })
  isDynamicMarket!: boolean | null;
  @Field(() => ContractDate, { nullable: true }) contractStart!: ContractDate | null;
  @Field(() => ContractDate, { nullable: true }) contractEnd!: ContractDate | null;
  @Field(() => ContractDate, {
    nullable: true,
    description: 'The latest possible end with every extension, when stated.',
  })
  maxExtentDate!: ContractDate | null;
  @Field(() => [String], { description: 'The notices on Contracts Finder or Find a Tender.' })
  noticeUrls!: string[];
  @Field(() => Int) releaseCount!: number;
  @Field(() => Date) lastReleaseDate!: Date;
}

@ObjectType()
export class ContractConnection extends Connection(Contract, 'Contract') {}
