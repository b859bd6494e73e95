import { Access, type Actor, CurrentActor } from '@lgx/api/core/auth';
import { Args, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { Component } from './component.object';
import { ComponentQuestionService } from './component-question.service';

/** Ask the adopters: questions emailed to officers of councils that use a component. */
@Resolver(() => Component)
export class ComponentQuestionResolver {
  constructor(private readonly questions: ComponentQuestionService) {}

  @ResolveField(() => Int, {
    description: 'Officers of other councils using it who answer questions ("ask the adopters").',
  })
  adopterContacts(@CurrentActor() actor: Actor, @Parent() component: Component) {
    return component.status === 'PUBLISHED'
      ? this.questions.contactCount(component.id, actor.council?.code)
      : 0;
  }

  @ResolveField(() => Int, { description: 'Questions put to its adopters in the last 90 days.' })
  recentQuestions(@Parent() component: Component) {
    return this.questions.recentQuestions(component.id);
  }

  @Access.officer()
  @Mutation(() => Int, {
    description:
      'Emails your question to the officers of adopting councils who answer questions; returns how many it reached.',
  })
  askAdopters(
    @CurrentActor() actor: Actor,
    @Args('componentId', { type: () => ID }) componentId: string,
    @Args('question') question: string,
  ) {
    return this.questions.ask(actor, componentId, question);
  }
}
