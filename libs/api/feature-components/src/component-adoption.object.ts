import { Council } from '@lgx/api/core/councils';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export const AdoptionStatusEnum = {
  EVALUATING: 'EVALUATING',
  IN_USE: 'IN_USE',
  STOPPED: 'STOPPED',
} as const;
registerEnumType(AdoptionStatusEnum, { name: 'AdoptionStatus' });

@ObjectType()
export class AdoptionCounts {
  @Field(() => Int) evaluating!: number;
  @Field(() => Int) inUse!: number;
  @Field(() => Int) stopped!: number;
}

@ObjectType({ description: "A council's own record of how it uses a component." })
export class ComponentAdoption {
  @Field(() => ID) id!: string;
  @Field(() => ID) componentId!: string;
  @Field(() => Council) council!: Council;
  @Field(() => AdoptionStatusEnum) status!: keyof typeof AdoptionStatusEnum;
  @Field(() => String, { nullable: true }) startedOn!: string | null;
  @Field(() => String, { nullable: true }) stoppedOn!: string | null;
  @Field(() => String, { nullable: true, description: 'Only for signed-in officers.' })
  note!: string | null;
  @Field(() => ID, { nullable: true }) caseStudyId!: string | null;
  @Field(() => Boolean, {
    description: 'Whether the officer who recorded it answers questions from other councils.',
  })
  contactOptIn!: boolean;
  @Field(() => Date) updatedAt!: Date;
}

@ObjectType({ description: 'A place on a map, in degrees.' })
export class MapPoint {
  @Field(() => Float) latitude!: number;
  @Field(() => Float) longitude!: number;
}
