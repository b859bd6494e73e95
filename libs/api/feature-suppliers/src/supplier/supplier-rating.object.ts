import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Ratings of one dimension across published experiences.' })
export class DimensionRatings {
  @Field(() => String) dimension!: string;
  @Field(() => String) label!: string;
  @Field(() => Float, { description: 'Mean, 1 to 5, to one decimal place.' }) average!: number;
  @Field(() => Int) count!: number;
  @Field(() => [Int], { description: 'How many rated it 1, 2, 3, 4 and 5.' })
  distribution!: number[];
}

@ObjectType({
  description:
    'Aggregated ratings, shown only when at least 3 councils that a reader can tell apart published experiences; otherwise nothing but enoughExperiences: false.',
})
export class SupplierRatings {
  @Field(() => Boolean) enoughExperiences!: boolean;
  @Field(() => Int, { nullable: true }) experienceCount!: number | null;
  @Field(() => Int, {
    nullable: true,
    description:
      'Councils a reader can tell apart: each council named, and one for each anonymised description (such as "a county council") that none of them has. Never more than the true number, and it tells nothing about who wrote an anonymised experience.',
  })
  councilCount!: number | null;
  @Field(() => Int, { nullable: true, description: 'How many would buy it again.' })
  wouldBuyAgain!: number | null;
  @Field(() => [DimensionRatings]) dimensions!: DimensionRatings[];
}
