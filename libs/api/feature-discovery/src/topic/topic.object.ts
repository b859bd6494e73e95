import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'A topic: a service area, technology or strategic objective that case studies and components are tagged with, and that people follow.',
})
export class Topic {
  @Field(() => ID, {
    description: 'The follow key, as FollowInput.targetId takes it: SERVICE_AREA:HOUSING.',
  })
  key!: string;
  @Field(() => String, { description: 'service-area, technology or objective.' })
  kind!: string;
  @Field(() => String, { description: 'The kind, for people: "Service area".' })
  kindLabel!: string;
  @Field(() => String, { description: 'In the topic page’s address: housing.' })
  slug!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'What topics of this kind are, in plain English.' })
  description!: string;
  @Field(() => String, { description: 'The web app path of the topic’s page.' }) url!: string;
  @Field(() => String, {
    description: 'The search facet that filters by it (its value is the topic’s name).',
  })
  facet!: string;
  @Field(() => Int, { description: 'Published case studies tagged with it.' })
  caseStudyCount!: number;
  @Field(() => Int, {
    nullable: true,
    description: 'Published components tagged with it; null when components are not tagged so.',
  })
  componentCount!: number | null;
}
