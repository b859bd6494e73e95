import { PaginationArgs } from '@lgx/api/core/graphql';
import type {
  AmbitionBarrier,
  AmbitionPlan,
  AmbitionPotential,
  AmbitionReadiness,
  StrategicObjective,
  Technology,
} from '@lgx/shared/domain';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';

import {
  AmbitionBarrierEnum,
  AmbitionEvidenceKind,
  type AmbitionEvidenceKindKey,
  AmbitionPlanEnum,
  AmbitionPotentialEnum,
  AmbitionReadinessEnum,
  StrategicObjectiveEnum,
  TechnologyEnum,
} from './ambition-map.object';

@InputType({ description: 'The evidence for a cell: what kind it is and its id.' })
export class AmbitionEvidenceInput {
  @Field(() => AmbitionEvidenceKind) kind!: AmbitionEvidenceKindKey;
  @Field(() => ID) id!: string;
}

@InputType({
  description:
    'The answers for one technology under the objective; leave out what is not answered.',
})
export class AmbitionCellInput {
  @Field(() => TechnologyEnum) technology!: Technology;
  @Field(() => AmbitionPotentialEnum, { nullable: true }) potential?: AmbitionPotential | null;
  @Field(() => AmbitionPlanEnum, { nullable: true }) plan?: AmbitionPlan | null;
  @Field(() => [AmbitionBarrierEnum], { nullable: true }) barriers?: AmbitionBarrier[] | null;
  @Field(() => AmbitionReadinessEnum, { nullable: true }) readiness?: AmbitionReadiness | null;
  @Field(() => AmbitionEvidenceInput, {
    nullable: true,
    description:
      "Needed for PILOTING and LIVE: one of the council's published case studies or component adoptions.",
  })
  evidence?: AmbitionEvidenceInput | null;
}

@InputType({
  description:
    'One objective of the map, saved whole: its importance and every technology answered (a technology left out is cleared).',
})
export class AmbitionObjectiveInput {
  @Field() councilCode!: string;
  @Field(() => StrategicObjectiveEnum) objective!: StrategicObjective;
  @Field(() => Int, {
    nullable: true,
    description: '1 (least) to 5 (most); null when not answered.',
  })
  importance?: number | null;
  @Field(() => [AmbitionCellInput], { defaultValue: [] }) cells!: AmbitionCellInput[];
}

@ArgsType()
export class AmbitionMapHistoryArgs extends PaginationArgs {
  @Field() councilCode!: string;
}
