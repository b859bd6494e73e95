import { Council } from '@lgx/api/core/councils';
import { CpvCategory } from '@lgx/api/core/graphql';
import { Field, Int, ObjectType } from '@nestjs/graphql';

import { MemberStatusEnum, ProcurementGroup } from '../procurement-group/procurement-group.object';
import type { MemberStatus } from '../procurement-group/procurement-group-member.entity';

@ObjectType({
  description:
    'A contract ending that the renewal radar matched: only contracts the reader may know of (its own council’s, or ones a council chose to be named on).',
})
export class RadarContract {
  @Field(() => CpvCategory) category!: CpvCategory;
  @Field(() => String, { description: 'YYYY-MM-DD.' }) endsOn!: string;
  @Field(() => String) supplierName!: string;
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
    'Groups a council could join, because a contract of theirs in the same CPV division ends within the window.',
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
}

@ObjectType({ description: 'A council worth inviting, and its contracts that end near the start.' })
export class CouncilSuggestion {
  @Field(() => Council) council!: Council;
  @Field(() => [RadarContract], { description: 'Nearest the desired start first.' })
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
