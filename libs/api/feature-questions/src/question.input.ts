import { PaginationArgs } from '@lgx/api/core/graphql';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';

import {
  QuestionSubjectKind,
  type QuestionSubjectKindKey,
  QuestionVisibility,
} from './question.object';

@InputType()
export class AskQuestionInput {
  @Field(() => QuestionSubjectKind) subjectType!: QuestionSubjectKindKey;
  @Field(() => ID) subjectId!: string;
  @Field({ description: 'Plain text, 10 to 2,000 characters; line breaks are kept.' })
  text!: string;
  @Field(() => QuestionVisibility, {
    defaultValue: 'PUBLIC',
    description: 'OFFICERS: only verified council officers (and you) see it and its answers.',
  })
  visibility!: keyof typeof QuestionVisibility;
}

@InputType()
export class AnswerQuestionInput {
  @Field(() => ID) questionId!: string;
  @Field({ description: 'Plain text, 2 to 5,000 characters; line breaks are kept.' }) text!: string;
}

@ArgsType()
export class SubjectQuestionsArgs extends PaginationArgs {
  @Field(() => QuestionSubjectKind) subjectType!: QuestionSubjectKindKey;
  @Field(() => ID) subjectId!: string;
}

@ArgsType()
export class CouncilQuestionsArgs extends PaginationArgs {
  @Field({ defaultValue: true, description: 'Only those not answered yet (the default).' })
  unansweredOnly!: boolean;
}
