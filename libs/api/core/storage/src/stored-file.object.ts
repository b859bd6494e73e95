import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

/**
 * The fields every file a person uploaded shows (a case study's attachment, a
 * procurement group's document). Abstract: not a GraphQL type of its own;
 * each feature's object extends it with what its files also have.
 */
@ObjectType({ isAbstract: true })
export abstract class StoredFileFields {
  @Field(() => ID) id!: string;
  @Field(() => String) filename!: string;
  @Field(() => String, { description: 'Recognised from the content, not the name.' })
  contentType!: string;
  @Field(() => Int, { description: 'Bytes.' }) size!: number;
  @Field(() => String, { description: 'Where to download it.' }) url!: string;
}
