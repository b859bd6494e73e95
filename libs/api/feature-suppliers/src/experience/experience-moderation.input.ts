import { Field, InputType } from '@nestjs/graphql';

@InputType({ description: 'A moderator’s edit when resolving a concern as edited.' })
export class ExperienceTextEdit {
  @Field(() => String, { nullable: true }) whatWorked?: string | null;
  @Field(() => String, { nullable: true }) whatDidNotWork?: string | null;
  @Field(() => String, { nullable: true }) advice?: string | null;
}
