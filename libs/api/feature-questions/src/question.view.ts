import type { QuestionEntity } from './question.entity';
import type { Question, QuestionAnswer } from './question.object';
import type { QuestionAnswerEntity } from './question-answer.entity';
import { subjectKindOf } from './question-subject';

/** What a question's view needs besides its row. */
export interface QuestionViewContext {
  answers: QuestionAnswerEntity[];
  councilName: (code: string) => string;
  canAnswer: boolean;
  subjectTitle: string | null;
}

const subjectPath = (question: QuestionEntity) =>
  question.subjectType === 'case_study'
    ? `/case-studies/${question.subjectId}`
    : `/components/${question.subjectId}`;

export function toQuestion(question: QuestionEntity, context: QuestionViewContext): Question {
  return {
    id: question.id,
    subjectType: subjectKindOf(question.subjectType),
    subjectId: question.subjectId,
    subjectTitle: context.subjectTitle,
    subjectPath: subjectPath(question),
    visibility: question.visibility,
    text: question.text,
    askedAt: question.askedAt,
    askerCouncilName: question.askerCouncilCode
      ? context.councilName(question.askerCouncilCode)
      : null,
    askedCouncilNames: question.councilCodes.map(context.councilName),
    answers: context.answers.map((answer): QuestionAnswer => ({
      id: answer.id,
      text: answer.text,
      councilCode: answer.councilCode,
      councilName: context.councilName(answer.councilCode),
      answeredAt: answer.answeredAt,
    })),
    canAnswer: context.canAnswer,
  };
}
