import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class ConfigureSsoInput {
  @Field(() => String) domain!: string;
  @Field(() => String, {
    description:
      'e.g. https://login.microsoftonline.com/<tenant>/v2.0 or https://accounts.google.com',
  })
  issuer!: string;
  @Field(() => String) clientId!: string;
  @Field(() => String) clientSecret!: string;
}
