import { Access, type Actor, CurrentActor } from '@lgx/api/core/auth';
import { Args, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { CaseStudy } from './case-study.object';
import { CaseStudyActualsInput, CaseStudyCheckIn } from './case-study-actuals.object';
import { CaseStudyActualsService } from './case-study-actuals.service';

/** Forecast and actual: a case study's check-ins, and recording their measured figures. */
@Resolver(() => CaseStudy)
export class CaseStudyActualsResolver {
  constructor(private readonly actuals: CaseStudyActualsService) {}

  @ResolveField(() => [CaseStudyCheckIn], {
    description:
      'The check-ins 6, 12 and 24 months after it went live, with the actuals recorded (none until it has a live since date).',
  })
  checkIns(@Parent() study: CaseStudy): Promise<CaseStudyCheckIn[]> {
    return this.actuals.checkIns(study);
  }

  @ResolveField(() => Boolean, {
    description: 'A check-in fell due more than 30 days ago and no actuals are recorded.',
  })
  async actualsOverdue(@Parent() study: CaseStudy): Promise<boolean> {
    return (await this.actuals.checkIns(study)).some((checkIn) => checkIn.status === 'OVERDUE');
  }

  @Access.councilRole('EDITOR')
  @Mutation(() => [CaseStudyCheckIn], {
    description:
      "Records (or corrects) the measured actuals of a check-in, for the case study's councils' editors and admins. Returns its check-ins.",
  })
  recordCaseStudyActuals(
    @CurrentActor() actor: Actor,
    @Args('caseStudyId', { type: () => ID }) caseStudyId: string,
    @Args('checkIn', { type: () => Int, description: '6, 12 or 24 (months live).' })
    checkIn: number,
    @Args('figures') figures: CaseStudyActualsInput,
  ): Promise<CaseStudyCheckIn[]> {
    return this.actuals.record(actor, caseStudyId, checkIn, figures);
  }
}
