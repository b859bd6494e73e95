import { Council } from '@lgx/api/core/councils';
import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class CouncilDomain {
  @Field(() => String) domain!: string;
  @Field(() => Council) council!: Council;
  @Field(() => Date) createdAt!: Date;
}
