import { Access, type Actor, CurrentActor } from '@lgx/api/core/auth';
import { Args, ID, Int, Mutation, Resolver } from '@nestjs/graphql';

import { AdopterQuestionService } from './adopter-question.service';

/** Ask the adopters: questions emailed to officers of councils that use a component. */
@Resolver()
export class AdopterQuestionResolver {
  constructor(private readonly questions: AdopterQuestionService) {}

  @Access.officer()
  @Mutation(() => Int, {
    description:
      'Emails your question to the officers of adopting councils who answer questions; returns how many it reached. It is kept on the component for officers, where they can answer it too.',
  })
  askAdopters(
    @CurrentActor() actor: Actor,
    @Args('componentId', { type: () => ID }) componentId: string,
    @Args('question') question: string,
  ) {
    return this.questions.ask(actor, componentId, question);
  }
}
