import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'An amount of money, exact.' })
export class Money {
  @Field(() => String, { description: 'Whole pence, as a string (exact at any size).' })
  pence!: string;
  @Field(() => String, { description: 'For people, e.g. "£1,500,000".' }) formatted!: string;
}
