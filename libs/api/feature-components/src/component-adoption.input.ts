import { Field, ID, InputType } from '@nestjs/graphql';

import { AdoptionStatusEnum } from './component-adoption.object';

@InputType()
export class AdoptionInput {
  @Field(() => AdoptionStatusEnum) status!: keyof typeof AdoptionStatusEnum;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) startedOn?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, when stopped.' })
  stoppedOn?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => ID, { nullable: true, description: 'A case study telling how it went.' })
  caseStudyId?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'You agree to be emailed questions from officers of other councils (your address is not shown).',
  })
  contactOptIn?: boolean | null;
}
