import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description: 'Single sign-on for one council email domain. The client secret is never returned.',
})
export class SsoProvider {
  @Field(() => String) domain!: string;
  @Field(() => String) issuer!: string;
  @Field(() => String) clientId!: string;
  @Field(() => String, { description: 'The redirect URI to register with the provider.' })
  redirectUri!: string;
}
