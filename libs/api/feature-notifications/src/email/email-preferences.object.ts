import { Field, InputType, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Which emails you receive from LGX.' })
export class EmailPreferences {
  @Field(() => Boolean, {
    description: 'Emails at once for what is addressed to you: a question, an answer, your group.',
  })
  addressed!: boolean;
  @Field(() => Boolean, {
    description: 'Daily and weekly digest emails of what you follow (each follow sets how often).',
  })
  digests!: boolean;
}

@InputType({ description: 'A change to your email preferences; a field left out stays as it is.' })
export class EmailPreferencesInput {
  @Field(() => Boolean, { nullable: true }) addressed?: boolean | null;
  @Field(() => Boolean, { nullable: true }) digests?: boolean | null;
}
