import { Access, type Actor, CurrentActor } from '@lgx/api/core/auth';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { questionNotFound } from './question.errors';
import {
  AnswerQuestionInput,
  AskQuestionInput,
  CouncilQuestionsArgs,
  SubjectQuestionsArgs,
} from './question.input';
import { Question, QuestionConnection, SubjectQuestionConnection } from './question.object';
import { QuestionService } from './question.service';
import { QuestionListService } from './question-list.service';
import { subjectTypeOf } from './question-subject';

/** Questions to the councils behind case studies and components, and their answers. */
@Resolver(() => Question)
export class QuestionResolver {
  constructor(
    private readonly asking: QuestionService,
    private readonly list: QuestionListService,
  ) {}

  @Access.public()
  @Query(() => SubjectQuestionConnection, {
    description:
      'The questions about a case study or component that you may see, newest first, with their answers.',
  })
  questions(@CurrentActor() actor: Actor, @Args() args: SubjectQuestionsArgs) {
    return this.list.forSubject(actor, subjectTypeOf(args.subjectType), args.subjectId, args);
  }

  @Access.officer()
  @Query(() => QuestionConnection, {
    description:
      'Questions put to your council about its case studies and components, newest first; by default only those not answered yet.',
  })
  questionsForMyCouncil(@CurrentActor() actor: Actor, @Args() args: CouncilQuestionsArgs) {
    return this.list.forMyCouncil(actor, args.unansweredOnly, args);
  }

  @Access.signedIn()
  @Mutation(() => Question, {
    description:
      'Asks the councils behind a published case study or component a question; their officers are told.',
  })
  async askQuestion(@CurrentActor() actor: Actor, @Args('input') input: AskQuestionInput) {
    const id = await this.asking.ask(actor, input, input.visibility);
    return this.shown(actor, id);
  }

  @Access.officer()
  @Mutation(() => Question, {
    description: 'Answers a question put to your council; the answer is seen by whoever sees it.',
  })
  async answerQuestion(@CurrentActor() actor: Actor, @Args('input') input: AnswerQuestionInput) {
    await this.asking.answer(actor, input.questionId, input.text);
    return this.shown(actor, input.questionId);
  }

  private async shown(actor: Actor, id: string): Promise<Question> {
    const question = await this.list.one(actor, id);
    if (!question) throw questionNotFound();
    return question;
  }
}
