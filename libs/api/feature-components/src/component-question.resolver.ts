import { type Actor, CurrentActor } from '@lgx/api/core/auth';
import { QuestionSubjects } from '@lgx/api/core/contracts';
import { Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { Component } from './component.object';
import { ComponentQuestionSubject } from './component-question-subject';

/** What a component shows of "ask the adopters"; the questions themselves are the questions feature's. */
@Resolver(() => Component)
export class ComponentQuestionResolver {
  constructor(
    private readonly subject: ComponentQuestionSubject,
    private readonly questions: QuestionSubjects,
  ) {}

  @ResolveField(() => Int, {
    description: 'Officers of other councils using it who answer questions ("ask the adopters").',
  })
  async adopterContacts(@CurrentActor() actor: Actor, @Parent() component: Component) {
    return component.status === 'PUBLISHED'
      ? (await this.subject.contacts(component.id, actor.council?.code ?? '')).length
      : 0;
  }

  @ResolveField(() => Int, { description: 'Questions put to its adopters in the last 90 days.' })
  recentQuestions(@Parent() component: Component) {
    return this.questions.recentCount('component', component.id, 90);
  }
}
