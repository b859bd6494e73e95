import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class AuditEventsFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Actions starting with this, e.g. "sign-in".',
  })
  action?: string | null;
  @Field(() => String, { nullable: true, description: 'success, failure or denied.' }) outcome?:
    string | null;
  @Field(() => ID, { nullable: true }) actorAccountId?: string | null;
}
