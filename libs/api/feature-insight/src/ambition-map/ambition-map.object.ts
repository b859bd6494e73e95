import { Connection } from '@lgx/api/core/graphql';
import {
  AMBITION_BARRIERS,
  AMBITION_PLANS,
  AMBITION_POTENTIALS,
  AMBITION_READINESS,
  type AmbitionBarrier,
  type AmbitionPlan,
  type AmbitionPotential,
  type AmbitionReadiness,
  STRATEGIC_OBJECTIVES,
  type StrategicObjective,
  TECHNOLOGIES,
  type Technology,
} from '@lgx/shared/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import type { AmbitionMapChangeKind } from './ambition-map-version.entity';

/** A GraphQL enum of a shared table's keys. */
const keysOf = <T extends object>(table: T) =>
  Object.fromEntries(Object.keys(table).map((key) => [key, key])) as { [K in keyof T]: K };

export const StrategicObjectiveEnum = keysOf(STRATEGIC_OBJECTIVES);
export const TechnologyEnum = keysOf(TECHNOLOGIES);
export const AmbitionPotentialEnum = keysOf(AMBITION_POTENTIALS);
export const AmbitionPlanEnum = keysOf(AMBITION_PLANS);
export const AmbitionBarrierEnum = keysOf(AMBITION_BARRIERS);
export const AmbitionReadinessEnum = keysOf(AMBITION_READINESS);
export const AmbitionEvidenceKind = { CASE_STUDY: 'CASE_STUDY', ADOPTION: 'ADOPTION' } as const;
export type AmbitionEvidenceKindKey = keyof typeof AmbitionEvidenceKind;
export const AmbitionMapChangeKindEnum = {
  SAVE: 'SAVE',
  PUBLISH: 'PUBLISH',
  UNPUBLISH: 'UNPUBLISH',
};

registerEnumType(StrategicObjectiveEnum, {
  name: 'StrategicObjective',
  description: 'A strategic objective of a council (the case study taxonomy).',
});
registerEnumType(TechnologyEnum, {
  name: 'Technology',
  description: 'A technology (the case study taxonomy).',
});
registerEnumType(AmbitionPotentialEnum, { name: 'AmbitionPotential' });
registerEnumType(AmbitionPlanEnum, { name: 'AmbitionPlan' });
registerEnumType(AmbitionBarrierEnum, { name: 'AmbitionBarrier' });
registerEnumType(AmbitionReadinessEnum, {
  name: 'AmbitionReadiness',
  description: 'The answer to "Do we have the knowledge, ability and confidence to deliver this?".',
});
registerEnumType(AmbitionEvidenceKind, {
  name: 'AmbitionEvidenceKind',
  description:
    "CASE_STUDY: one of the council's published case studies; ADOPTION: one of its component adoptions.",
});
registerEnumType(AmbitionMapChangeKindEnum, { name: 'AmbitionMapChangeKind' });

@ObjectType({ description: 'What shows a council is piloting or running it.' })
export class AmbitionEvidence {
  @Field(() => AmbitionEvidenceKind) kind!: AmbitionEvidenceKindKey;
  @Field(() => ID, { description: 'The case study, or the component adoption.' }) id!: string;
  @Field({ description: 'The case study title, or the component name.' }) title!: string;
  @Field({ description: 'Where to read it on LGX.' }) path!: string;
}

@ObjectType({ description: "A council's answers for one objective and one technology." })
export class AmbitionCell {
  @Field(() => TechnologyEnum) technology!: Technology;
  @Field() technologyLabel!: string;
  @Field(() => AmbitionPotentialEnum, { nullable: true }) potential!: AmbitionPotential | null;
  @Field(() => AmbitionPlanEnum, { nullable: true }) plan!: AmbitionPlan | null;
  @Field(() => [AmbitionBarrierEnum]) barriers!: AmbitionBarrier[];
  @Field(() => AmbitionReadinessEnum, { nullable: true }) readiness!: AmbitionReadiness | null;
  @Field(() => AmbitionEvidence, {
    nullable: true,
    description: 'Null when none was given, or when it is no longer published.',
  })
  evidence!: AmbitionEvidence | null;
}

@ObjectType({ description: 'One strategic objective of a council and its cells.' })
export class AmbitionObjective {
  @Field(() => StrategicObjectiveEnum) objective!: StrategicObjective;
  @Field() label!: string;
  @Field(() => Int, { nullable: true, description: '1 (least) to 5 (most).' })
  importance!: number | null;
  @Field(() => [AmbitionCell], { description: 'Only the technologies answered.' })
  cells!: AmbitionCell[];
}

@ObjectType({ description: "A council's digital ambition map." })
export class AmbitionMap {
  @Field() councilCode!: string;
  @Field() councilName!: string;
  @Field({ description: 'False: only the council’s officers can read it.' }) published!: boolean;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => Int, { description: 'The latest saved version; 0 before the first save.' })
  version!: number;
  @Field(() => Date, {
    nullable: true,
    description: 'When it last changed; null before the first save.',
  })
  updatedAt!: Date | null;
  @Field(() => [AmbitionObjective], { description: 'Every objective, answered or not.' })
  objectives!: AmbitionObjective[];
  @Field({ description: 'Whether you may change it (editors and admins of the council).' })
  canEdit!: boolean;
  @Field({ description: 'Whether you may publish or unpublish it (admins of the council).' })
  canPublish!: boolean;
}

@ObjectType({ description: 'One dated change to a council’s map.' })
export class AmbitionMapVersion {
  @Field(() => Int) version!: number;
  @Field(() => AmbitionMapChangeKindEnum) kind!: AmbitionMapChangeKind;
  @Field() savedAt!: Date;
  @Field(() => [String], { description: 'What changed from the version before, in words.' })
  changes!: string[];
}

@ObjectType()
export class AmbitionMapVersionConnection extends Connection(
  AmbitionMapVersion,
  'AmbitionMapVersion',
) {}
