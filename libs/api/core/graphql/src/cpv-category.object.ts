import { Field, ObjectType } from '@nestjs/graphql';

/** A CPV 2008 category, as supplier experiences and procurement groups both show it. */
@ObjectType({ description: 'A CPV 2008 code with its label.' })
export class CpvCategory {
  @Field(() => String, { description: 'With its check digit, e.g. 72000000-5.' }) code!: string;
  @Field(() => String) label!: string;
}
