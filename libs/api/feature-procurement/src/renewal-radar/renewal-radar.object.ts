import { Council } from '@lgx/api/core/councils';
import { CpvCategory } from '@lgx/api/core/graphql';
import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { MemberStatusEnum, ProcurementGroup } from '../procurement-group/procurement-group.object';
import type { MemberStatus } from '../procurement-group/procurement-group-member.entity';

export const RadarContractSourceEnum = {
  PUBLIC_CONTRACT: 'PUBLIC_CONTRACT',
  SUPPLIER_EXPERIENCE: 'SUPPLIER_EXPERIENCE',
} as const;
registerEnumType(RadarContractSourceEnum, {
  name: 'RadarContractSource',
  description: 'Where the radar learned of a contract: a public notice, or a supplier experience.',
});
export const RadarEndBasisEnum = {
  LATEST_POSSIBLE_END: 'LATEST_POSSIBLE_END',
  CONTRACT_END: 'CONTRACT_END',
} as const;
registerEnumType(RadarEndBasisEnum, {
  name: 'RadarEndBasis',
  description: 'Which date endsOn is: the latest possible end with every extension, or the end.',
});
export const RadarEndCertaintyEnum = {
  ESTIMATED: 'ESTIMATED',
  EXPECTED: 'EXPECTED',
  CONFIRMED: 'CONFIRMED',
} as const;
registerEnumType(RadarEndCertaintyEnum, {
  name: 'RadarEndCertainty',
  description:
    "How sure a public contract's date is: estimated at tender, expected at award, or confirmed.",
});

@ObjectType({
  description:
    'A contract ending that the renewal radar matched: public contracts, and supplier experiences the reader may know of (its own council’s, or ones a council chose to be named on).',
})
export class RadarContract {
  @Field(() => RadarContractSourceEnum) source!: keyof typeof RadarContractSourceEnum;
  @Field(() => String, { nullable: true, description: 'A public contract’s OCDS ocid.' })
  ocid!: string | null;
  @Field(() => String, { nullable: true, description: 'A public contract’s title.' })
  title!: string | null;
  @Field(() => CpvCategory) category!: CpvCategory;
  @Field(() => String, {
    description: 'YYYY-MM-DD: the latest possible end when known, else the end.',
  })
  endsOn!: string;
  @Field(() => RadarEndBasisEnum) endsOnBasis!: keyof typeof RadarEndBasisEnum;
  @Field(() => RadarEndCertaintyEnum, { nullable: true })
  certainty!: keyof typeof RadarEndCertaintyEnum | null;
  @Field(() => String, { nullable: true, description: 'Null when no supplier is published.' })
  supplierName!: string | null;
  @Field(() => String, { nullable: true, description: 'As published, in valueCurrency.' })
  valueAmount!: string | null;
  @Field(() => String, { nullable: true, description: 'Null when the notice gave none.' })
  valueCurrency!: string | null;
}

@ObjectType({
  description:
    'Another council’s contract ending within a year of one of the council’s: same CPV division, same supplier, or both.',
})
export class RadarPeer {
  @Field(() => Council) council!: Council;
  @Field(() => RadarContract) contract!: RadarContract;
  @Field(() => Boolean) sameDivision!: boolean;
  @Field(() => Boolean, {
    description: 'By Companies House number when both have one, else by name.',
  })
  sameSupplier!: boolean;
}

@ObjectType({ description: 'One of the council’s contracts ending in the window.' })
export class RadarEnding {
  @Field(() => RadarContract) contract!: RadarContract;
  @Field(() => [RadarPeer], { description: 'Nearest end first; at most 5.' })
  peers!: RadarPeer[];
  @Field(() => [ProcurementGroup], {
    description: 'Open groups the council could join, in the same CPV division.',
  })
  groups!: ProcurementGroup[];
}

@ObjectType({ description: 'A group worth joining, and the council’s contracts that match it.' })
export class GroupSuggestion {
  @Field(() => ProcurementGroup) group!: ProcurementGroup;
  @Field(() => [RadarContract], { description: 'Soonest ending first.' })
  contracts!: RadarContract[];
  @Field(() => MemberStatusEnum, {
    nullable: true,
    description:
      "Where the council already stands with the group (invited, requested ...), if anywhere; only for the council's own officers, null for anyone else.",
  })
  councilStatus!: MemberStatus | null;
}

@ObjectType({
  description:
    'A council’s contracts ending within the window, their peers, and the groups it could join because a contract of theirs in the same CPV division ends then.',
})
export class RenewalRadar {
  @Field(() => Council) council!: Council;
  @Field(() => Int) fromMonths!: number;
  @Field(() => Int) toMonths!: number;
  @Field(() => String, { description: 'First day of the window, YYYY-MM-DD.' }) endsFrom!: string;
  @Field(() => String, { description: 'Last day of the window, YYYY-MM-DD.' }) endsTo!: string;
  @Field(() => [GroupSuggestion], {
    description: 'Soonest matching contract first; at most 50.',
  })
  suggestions!: GroupSuggestion[];
  @Field(() => [RadarEnding], {
    description: 'The council’s contracts ending in the window, soonest first; at most 25.',
  })
  endings!: RadarEnding[];
}

@ObjectType({ description: 'A council worth inviting, and its contracts that end near the start.' })
export class CouncilSuggestion {
  @Field(() => Council) council!: Council;
  @Field(() => [RadarContract], { description: 'Nearest the desired start first; at most 5.' })
  contracts!: RadarContract[];
  @Field(() => MemberStatusEnum, {
    nullable: true,
    description: 'Where the council stands with the group (invited, requested ...), if anywhere.',
  })
  status!: MemberStatus | null;
}

@ObjectType({
  description:
    'Councils to invite to a group: their contracts in its CPV division end near its desired start.',
})
export class CouncilSuggestions {
  @Field(() => Int) monthsEitherSide!: number;
  @Field(() => String, { description: 'YYYY-MM-DD.' }) endsFrom!: string;
  @Field(() => String, { description: 'YYYY-MM-DD.' }) endsTo!: string;
  @Field(() => [CouncilSuggestion], {
    description: 'Nearest the desired start first; at most 50.',
  })
  suggestions!: CouncilSuggestion[];
}
