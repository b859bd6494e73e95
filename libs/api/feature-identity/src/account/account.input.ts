import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class SignUpInput {
  @Field(() => String) email!: string;
  @Field(() => String) name!: string;
  @Field(() => String) jobTitle!: string;
  @Field(() => String) password!: string;
}

@InputType()
export class UpdateAccountInput {
  @Field(() => String) name!: string;
  @Field(() => String) jobTitle!: string;
}
