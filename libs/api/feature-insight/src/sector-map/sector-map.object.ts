import { CouncilType, Nation } from '@lgx/api/core/councils';
import type {
  CouncilTypeCode,
  NationKey,
  StrategicObjective,
  Technology,
} from '@lgx/shared/domain';
import { Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';

import { StrategicObjectiveEnum, TechnologyEnum } from '../ambition-map/ambition-map.object';

@InputType({
  description:
    'Narrows the sector map to councils of a type, nation or region, and its practice to measured figures.',
})
export class SectorMapFilter {
  @Field(() => CouncilType, { nullable: true })
  councilType?: CouncilTypeCode | null;

  @Field(() => Nation, { nullable: true })
  nation?: NationKey | null;

  @Field(() => String, { nullable: true, description: 'A region name, e.g. "East Midlands".' })
  region?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description:
      'Only measured figures: practice counts only published case studies with measured figures (ACTUAL, with the investment, the cashable saving and the period stated, so there is money to compare: decision 0075, the same as search’s "Measured actual"), and live only with such a case study as evidence. The councils’ answers (potential, plans) are not figures and stay as they are.',
  })
  measuredOnly?: boolean | null;
}

const SHARE =
  'Share (0 to 1) of the councils that answered the map; null when held back (see suppressedReason).';

/** The figures of one cell, one objective or one technology of the sector map. */
@ObjectType({ isAbstract: true })
export abstract class SectorFigures {
  @Field(() => Float, { nullable: true, description: `High potential. ${SHARE}` })
  highPotentialShare!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: `Planned within five years, piloting or live. ${SHARE}`,
  })
  planningShare!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Councils whose answer is live with evidence (a published case study or adoption; with measuredOnly, a published case study with measured figures); null when held back.',
  })
  liveWithEvidence!: number | null;

  @Field(() => Int, {
    description:
      'Published case studies tagged so, led by a council within the filter (with measuredOnly, those with measured figures; public, always shown).',
  })
  publishedCaseStudies!: number;

  @Field(() => String, {
    nullable: true,
    description:
      'Why some of these figures are null although the group is shown (none, one, all but one or all of fewer than 10 councils with private maps); null when every figure is shown or the whole map is held back (see suppressedReason).',
  })
  heldBackReason!: string | null;
}

@ObjectType({ description: 'One objective by technology cell of the sector map.' })
export class SectorMapCell extends SectorFigures {
  @Field(() => StrategicObjectiveEnum) objective!: StrategicObjective;
  @Field(() => TechnologyEnum) technology!: Technology;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Potential high but practice low (thresholds in sectorMap.gapRule); null when held back.',
  })
  gap!: boolean | null;
}

@ObjectType({ description: 'The figures of one objective across every technology.' })
export class SectorMapObjectiveTotal extends SectorFigures {
  @Field(() => StrategicObjectiveEnum) objective!: StrategicObjective;
}

@ObjectType({ description: 'The figures of one technology across every objective.' })
export class SectorMapTechnologyTotal extends SectorFigures {
  @Field(() => TechnologyEnum) technology!: Technology;
}

@ObjectType({
  description:
    'Where councils see potential, what they plan and what they practise: aggregates of every council’s ambition map, never one council’s answers.',
})
export class SectorMap {
  @Field(() => Int, {
    nullable: true,
    description: 'Councils within the filter that answered the map; null when held back.',
  })
  councilsAnswered!: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Why every council-answer figure is held back (e.g. "fewer than 5 councils answered"); null when shown.',
  })
  suppressedReason!: string | null;

  @Field(() => Int, { description: 'The fewest councils a figure is built from.' })
  minimumCouncils!: number;

  @Field(() => String, { description: 'When a cell is marked as a gap, in words.' })
  gapRule!: string;

  @Field(() => [SectorMapCell]) cells!: SectorMapCell[];
  @Field(() => [SectorMapObjectiveTotal]) objectiveTotals!: SectorMapObjectiveTotal[];
  @Field(() => [SectorMapTechnologyTotal]) technologyTotals!: SectorMapTechnologyTotal[];
}
