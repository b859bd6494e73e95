import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class ComponentDependencyInput {
  @Field(() => String) name!: string;
  @Field(() => Boolean) proprietary!: boolean;
}

@InputType({ description: 'A component as written.' })
export class ComponentInput {
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'A key of the component kinds.' }) kind!: string;
  @Field(() => String) summary!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { nullable: true }) url?: string | null;
  @Field(() => String, { description: 'SPDX licence expression, e.g. MIT or OGL-UK-3.0.' })
  licence!: string;
  @Field(() => String) maturity!: string;
  @Field(() => [String], {
    nullable: true,
    description:
      'Other councils that maintain it (yours always does). A council not yet among them is invited, and maintains it only once one of its editors accepts; one left out is withdrawn or taken off.',
  })
  maintainingCouncilCodes?: string[] | null;
  @Field(() => [String], { nullable: true }) serviceAreas?: string[] | null;
  @Field(() => [String], { nullable: true }) technologies?: string[] | null;
  @Field(() => [String], { nullable: true }) standards?: string[] | null;
  @Field(() => [String], { nullable: true }) features?: string[] | null;
  @Field(() => String, { nullable: true }) documentationUrl?: string | null;
  @Field(() => [ComponentDependencyInput], { nullable: true })
  dependencies?: ComponentDependencyInput[] | null;
}
