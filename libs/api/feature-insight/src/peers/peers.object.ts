import type { StrategicObjective, Technology } from '@lgx/shared/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';

import {
  AmbitionMap,
  StrategicObjectiveEnum,
  TechnologyEnum,
} from '../ambition-map/ambition-map.object';
import { SectorMap } from '../sector-map/sector-map.object';

@ObjectType({
  description: 'What made councils "like" this one: its own register entry, in words.',
})
export class PeerLikeness {
  @Field(() => String, { description: 'e.g. "Unitary authority".' })
  councilType!: string;

  @Field(() => String, {
    nullable: true,
    description: 'e.g. "200,000 to 399,999 people"; null when the register has no population.',
  })
  populationBand!: string | null;

  @Field(() => String, { nullable: true }) region!: string | null;
  @Field(() => String) nation!: string;
}

@ObjectType({
  description:
    'A published case study that a peer council, in its PUBLISHED map, gives as evidence that a cell is live.',
})
export class PeerLiveCaseStudy {
  @Field(() => StrategicObjectiveEnum) objective!: StrategicObjective;
  @Field(() => TechnologyEnum) technology!: Technology;
  @Field(() => ID) caseStudyId!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { description: 'The council whose published map marks the cell live.' })
  councilName!: string;
  @Field(() => String) councilCode!: string;
}

@ObjectType({
  description:
    "Councils like mine: a council's own map beside the aggregate of similar councils (never one council's answers) and the case studies peers' published maps mark live.",
})
export class CouncilPeers {
  @Field(() => String) councilCode!: string;
  @Field(() => String) councilName!: string;

  @Field(() => AmbitionMap, { description: "The council's own map (private to its officers)." })
  ownMap!: AmbitionMap;

  @Field(() => PeerLikeness) likeness!: PeerLikeness;

  @Field(() => String, { description: 'How the similar councils were chosen, in words.' })
  method!: string;

  @Field(() => SectorMap, {
    description:
      'The similar councils’ figures, the council itself left out: councilsAnswered is the number of peers; every figure is null when no safe group exists (suppressedReason). publishedCaseStudies counts the whole sector’s.',
  })
  peers!: SectorMap;

  @Field(() => [PeerLiveCaseStudy])
  liveCaseStudies!: PeerLiveCaseStudy[];
}
