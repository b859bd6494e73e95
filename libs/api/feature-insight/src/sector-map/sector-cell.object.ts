import { Connection, Money } from '@lgx/api/core/graphql';
import type { StrategicObjective, Technology } from '@lgx/shared/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { StrategicObjectiveEnum, TechnologyEnum } from '../ambition-map/ambition-map.object';
import type { SectorFilter } from './sector-map.disclosure';
import type { SectorMap } from './sector-map.object';

/** Which cell, under which filter: what every list of the cell is read for. */
export interface SectorCellScope {
  readonly objective: StrategicObjective;
  readonly technology: Technology;
  readonly filter: SectorFilter;
  readonly measuredOnly: boolean;
}

/** Why a council is listed as willing to talk about a cell: only what it made public itself. */
export const WillingReasonEnum = {
  LED_CASE_STUDY: 'LED_CASE_STUDY',
  PILOTING: 'PILOTING',
  LIVE: 'LIVE',
} as const;
export type WillingReason = keyof typeof WillingReasonEnum;
registerEnumType(WillingReasonEnum, {
  name: 'SectorCellWillingReason',
  description:
    'LED_CASE_STUDY: it led a published case study of the cell; PILOTING or LIVE: its PUBLISHED ambition map says so, with published evidence.',
});

@ObjectType({
  description: 'A published case study tagged with the cell’s objective and technology.',
})
export class SectorCellCaseStudy {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { description: 'Its page, e.g. /case-studies/<id>.' }) path!: string;
  @Field(() => String) leadCouncilCode!: string;
  @Field(() => String) leadCouncilName!: string;
  @Field(() => String, { description: 'FORECAST or ACTUAL: whether its figures were measured.' })
  figuresBasis!: string;
  @Field(() => Boolean, {
    description:
      'Whether it has measured figures: ACTUAL, with the investment, the cashable saving and the period stated, so the appraisal method can compare them (decision 0075; the same as search’s "Measured actual").',
  })
  measuredFigures!: boolean;
  @Field(() => Money, {
    nullable: true,
    description:
      'Net present value, central, unadjusted, by LGX’s appraisal method; null when not worked out.',
  })
  netPresentValue!: Money | null;
  @Field(() => Int, {
    nullable: true,
    description: 'The year the investment is paid back, central.',
  })
  paybackYear!: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'Why the method gives no figures (e.g. "No figures given"); null when it does.',
  })
  appraisalNotWorkedOut!: string | null;
}

@ObjectType({ description: 'A published component behind the cell.' })
export class SectorCellComponent {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String) summary!: string;
  @Field(() => String, { description: 'Its page, e.g. /components/<id>.' }) path!: string;
}

@ObjectType({ description: 'A council that made public that it has done, or is doing, this cell.' })
export class SectorCellCouncil {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'Its page, e.g. /councils/<code>.' }) path!: string;
  @Field(() => [WillingReasonEnum]) reasons!: WillingReason[];
}

@ObjectType()
export class SectorCellCaseStudyConnection extends Connection(
  SectorCellCaseStudy,
  'SectorCellCaseStudy',
) {}

@ObjectType()
export class SectorCellComponentConnection extends Connection(
  SectorCellComponent,
  'SectorCellComponent',
) {}

@ObjectType()
export class SectorCellCouncilConnection extends Connection(
  SectorCellCouncil,
  'SectorCellCouncil',
) {}

@ObjectType({
  description:
    'One cell of the sector map opened: its figures (same small-number rule) and the published case studies, components and willing councils behind it, each list paged. Nothing unpublished and no private map.',
})
export class SectorCellDetail {
  @Field(() => StrategicObjectiveEnum) objective!: StrategicObjective;
  @Field(() => TechnologyEnum) technology!: Technology;
  /** Which cell under which filter, for the lists (not in the schema). */
  scope!: SectorCellScope;
  /** The sector map under the filter, worked out once when a figure is asked for. */
  map!: () => Promise<SectorMap>;
}
