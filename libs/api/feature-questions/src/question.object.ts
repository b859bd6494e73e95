import { Connection } from '@lgx/api/core/graphql';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

/** Who sees a question and its answers. */
export const QuestionVisibility = { PUBLIC: 'PUBLIC', OFFICERS: 'OFFICERS' } as const;
registerEnumType(QuestionVisibility, {
  name: 'QuestionVisibility',
  description: 'PUBLIC: everyone; OFFICERS: verified council officers and the person who asked.',
});

/** What a question is about; the same names as the search content types. */
export const QuestionSubjectKind = { CASE_STUDY: 'CASE_STUDY', COMPONENT: 'COMPONENT' } as const;
export type QuestionSubjectKindKey = keyof typeof QuestionSubjectKind;
registerEnumType(QuestionSubjectKind, { name: 'QuestionSubjectType' });

@ObjectType({ description: 'An answer, by an officer of a council the question was put to.' })
export class QuestionAnswer {
  @Field(() => ID) id!: string;
  @Field({ description: 'Plain text; keep its line breaks when showing it.' }) text!: string;
  @Field() councilCode!: string;
  @Field({ description: 'The council it answered for.' }) councilName!: string;
  @Field() answeredAt!: Date;
}

@ObjectType({ description: 'A question put to the councils behind a case study or component.' })
export class Question {
  @Field(() => ID) id!: string;
  @Field(() => QuestionSubjectKind) subjectType!: QuestionSubjectKindKey;
  @Field(() => ID) subjectId!: string;
  @Field(() => String, {
    nullable: true,
    description: 'The case study or component, when the reader may see it.',
  })
  subjectTitle!: string | null;
  @Field({ description: "The web app's path to the case study or component." })
  subjectPath!: string;
  @Field(() => QuestionVisibility) visibility!: keyof typeof QuestionVisibility;
  @Field({ description: 'Plain text; keep its line breaks when showing it.' }) text!: string;
  @Field() askedAt!: Date;
  @Field(() => String, {
    nullable: true,
    description: "The asker's council, when they asked as one of its officers; null otherwise.",
  })
  askerCouncilName!: string | null;
  @Field(() => [String], { description: 'The councils it was put to, by name.' })
  askedCouncilNames!: string[];
  @Field(() => [QuestionAnswer], { description: 'Oldest first; empty while it waits.' })
  answers!: QuestionAnswer[];
  @Field({
    description: 'Whether the reader may answer it (an officer of a council it was put to).',
  })
  canAnswer!: boolean;
}

@ObjectType()
export class QuestionConnection extends Connection(Question, 'Question') {}

@ObjectType({
  description: 'The questions about one case study or component, and whether you may ask.',
})
export class SubjectQuestionConnection extends QuestionConnection {
  @Field({
    description:
      'Whether you may ask a question: signed in, with a confirmed address, not an officer of a council it goes to, and the subject published.',
  })
  canAsk!: boolean;

  @Field(() => [String], { description: 'The councils a new question goes to, by name.' })
  askTo!: string[];
}
