import { Council } from '@lgx/api/core/councils';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export const ComponentStatusEnum = { DRAFT: 'DRAFT', PUBLISHED: 'PUBLISHED' } as const;
registerEnumType(ComponentStatusEnum, { name: 'ComponentStatus' });

export const ImportOutcomeEnum = {
  CREATED: 'CREATED',
  UPDATED: 'UPDATED',
  INVALID: 'INVALID',
} as const;
registerEnumType(ImportOutcomeEnum, {
  name: 'ImportOutcome',
  valuesMap: {
    CREATED: { description: 'A new draft component.' },
    UPDATED: { description: 'The component with the same repository was updated.' },
    INVALID: { description: 'Nothing was saved: see the errors.' },
  },
});

@ObjectType({ description: 'A key and its label, from the shared taxonomies.' })
export class ComponentTerm {
  @Field(() => String) key!: string;
  @Field(() => String) label!: string;
}

@ObjectType()
export class ComponentDependencyView {
  @Field(() => String) name!: string;
  @Field(() => Boolean, { description: 'Proprietary dependencies are a lock-in signal.' })
  proprietary!: boolean;
}

@ObjectType({ description: 'Whether a component looks alive.' })
export class ComponentHealth {
  @Field(() => Date, { description: 'When its maintainers last changed or re-imported it.' })
  lastUpdatedAt!: Date;
  @Field(() => Int, { description: 'Councils evaluating or using it.' }) adoptionCount!: number;
  @Field(() => Boolean, { description: 'Not updated by its maintainers for 12 months.' })
  possiblyStale!: boolean;
}

@ObjectType({ description: 'Something councils can reuse, and who really uses it.' })
export class Component {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => ComponentTerm) kind!: ComponentTerm;
  @Field(() => String) summary!: string;
  @Field(() => String, { description: 'Markdown as written.' }) description!: string;
  @Field(() => String, { description: 'The description as safe HTML.' }) html!: string;
  @Field(() => String, { nullable: true, description: 'Repository or download address.' })
  url!: string | null;
  @Field(() => String, { description: 'SPDX licence expression.' }) licence!: string;
  @Field(() => ComponentTerm) maturity!: ComponentTerm;
  @Field(() => [Council]) maintainingCouncils!: Council[];
  @Field(() => [ComponentTerm]) serviceAreas!: ComponentTerm[];
  @Field(() => [ComponentTerm]) technologies!: ComponentTerm[];
  @Field(() => [ComponentTerm]) standards!: ComponentTerm[];
  @Field(() => [String]) features!: string[];
  @Field(() => [ComponentDependencyView]) dependencies!: ComponentDependencyView[];
  @Field(() => String, { nullable: true }) documentationUrl!: string | null;
  @Field(() => String, { nullable: true }) softwareVersion!: string | null;
  @Field(() => String, { nullable: true }) releaseDate!: string | null;
  @Field(() => String, { nullable: true, description: 'When imported from publiccode.yml.' })
  publiccodeVersion!: string | null;
  @Field(() => ComponentStatusEnum) status!: keyof typeof ComponentStatusEnum;
  @Field(() => Boolean, { description: 'Sample content.' }) isSample!: boolean;
  @Field(() => Boolean, { description: 'Whether the viewer may edit it.' }) canEdit!: boolean;
  @Field(() => ComponentHealth) health!: ComponentHealth;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => Date) updatedAt!: Date;
}

@ObjectType()
export class CouncilComponents {
  @Field(() => [Component], { description: 'Components the council maintains.' })
  maintains!: Component[];
  @Field(() => [Component], { description: 'Published components the council uses or evaluates.' })
  uses!: Component[];
}

@ObjectType({ description: 'A problem in a publiccode.yml, at a key path.' })
export class PubliccodeProblemView {
  @Field(() => String, { description: 'e.g. description.en.shortDescription; empty for the file.' })
  path!: string;
  @Field(() => String) message!: string;
  @Field(() => Int, { nullable: true }) line!: number | null;
}

@ObjectType()
export class PubliccodeImportResult {
  @Field(() => ImportOutcomeEnum) outcome!: keyof typeof ImportOutcomeEnum;
  @Field(() => String, { nullable: true }) version!: string | null;
  @Field(() => [PubliccodeProblemView], { description: 'Each blocks the import.' })
  errors!: PubliccodeProblemView[];
  @Field(() => [PubliccodeProblemView], { description: 'Shown, but do not block.' })
  warnings!: PubliccodeProblemView[];
  @Field(() => Component, { nullable: true }) component!: Component | null;
}
