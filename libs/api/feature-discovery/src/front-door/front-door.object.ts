import { Field, Int, ObjectType } from '@nestjs/graphql';

import { SearchHit } from '../discovery.object';

@ObjectType({
  description:
    'What LGX holds, counted in the database under the rules search applies for a visitor: drafts, records in review, officers-only and private records are never counted.',
})
export class FrontDoorFigures {
  @Field(() => Int, {
    description:
      'Councils taking part: those with at least one active officer account, or that lead, co-author or maintain a published case study or component. A council only named as the buyer of a public contract is not counted.',
  })
  councilsTakingPart!: number;
  @Field(() => Int, { description: 'Published case studies.' })
  caseStudies!: number;
  @Field(() => Int, { description: 'Published reusable components.' })
  components!: number;
  @Field(() => Int, { description: 'Public contracts, from published notices.' })
  contracts!: number;
  @Field(() => Date, { description: 'When they were counted: counts are kept for a minute.' })
  countedAt!: Date;
}

@ObjectType({
  description:
    'The home page for everyone: what LGX holds, the newest case studies and the most adopted components, all public.',
})
export class FrontDoor {
  @Field(() => FrontDoorFigures) figures!: FrontDoorFigures;
  @Field(() => [SearchHit], {
    nullable: true,
    description:
      'The newest published case studies; null (with an error) when search is unavailable.',
  })
  newestCaseStudies!: SearchHit[] | null;
  @Field(() => [SearchHit], {
    nullable: true,
    description:
      'Published components by how many councils use or are evaluating them, the most first, only those with at least one; null (with an error) when search is unavailable.',
  })
  mostAdoptedComponents!: SearchHit[] | null;
}
