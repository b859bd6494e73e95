import { Access, type Actor, CurrentActor } from '@lgx/api/core/auth';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';

import { BusinessCase } from './business-case.object';
import { BusinessCaseService } from './business-case.service';
import { businessCaseView } from './business-case.view';

/** "Our business case" from peers, for signed-in council officers. */
@Resolver(() => BusinessCase)
export class BusinessCaseResolver {
  constructor(private readonly businessCases: BusinessCaseService) {}

  @Access.officer()
  @Query(() => BusinessCase, {
    description:
      'The economic case pre-filled from comparable published case studies, scaled to your council. Start from a case study, or from an objective and a technology (a sector map cell).',
  })
  async businessCase(
    @CurrentActor() actor: Actor,
    @Args('caseStudy', { type: () => ID, nullable: true }) caseStudy?: string | null,
    @Args('objective', { type: () => String, nullable: true }) objective?: string | null,
    @Args('technology', { type: () => String, nullable: true }) technology?: string | null,
    @Args('measuredOnly', {
      type: () => Boolean,
      nullable: true,
      description:
        'Only peers with measured figures (actual, with an investment, a saving and a period: decision 0075); default false.',
    })
    measuredOnly?: boolean | null,
  ): Promise<BusinessCase> {
    const model = await this.businessCases.businessCase(actor, {
      caseStudy,
      objective,
      technology,
      measuredOnly,
    });
    return businessCaseView(model);
  }
}
