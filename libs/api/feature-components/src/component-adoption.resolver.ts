import { Access, type Actor, CurrentActor, decide } from '@lgx/api/core/auth';
import { CouncilDirectory } from '@lgx/api/core/councils';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Component } from './component.object';
import type { ComponentAdoptionEntity } from './component-adoption.entity';
import { AdoptionInput } from './component-adoption.input';
import { AdoptionCounts, ComponentAdoption, MapPoint } from './component-adoption.object';
import { ComponentAdoptionService } from './component-adoption.service';

/** Which councils use a component, recorded by each council's own officers. */
@Resolver(() => Component)
export class ComponentAdoptionResolver {
  constructor(
    private readonly adoptionRecords: ComponentAdoptionService,
    private readonly councils: CouncilDirectory,
  ) {}

  @Access.public()
  @Query(() => [MapPoint], {
    description: 'The centres of current councils: the background of adoption maps.',
  })
  councilMapPoints(): Promise<MapPoint[]> {
    return this.adoptionRecords.councilMapPoints();
  }

  @ResolveField(() => [ComponentAdoption], {
    description: 'Councils that recorded using it, with their status.',
  })
  async adoptions(@CurrentActor() actor: Actor, @Parent() component: Component) {
    return this.adoptionViews(actor, await this.adoptionRecords.forComponents([component.id]));
  }

  @ResolveField(() => AdoptionCounts)
  async adoptionCounts(@Parent() component: Component): Promise<AdoptionCounts> {
    const all = await this.adoptionRecords.forComponents([component.id]);
    const count = (status: string) => all.filter((adoption) => adoption.status === status).length;
    return { evaluating: count('EVALUATING'), inUse: count('IN_USE'), stopped: count('STOPPED') };
  }

  @ResolveField(() => ComponentAdoption, {
    nullable: true,
    description: "The viewer's council's own adoption record.",
  })
  async myAdoption(@CurrentActor() actor: Actor, @Parent() component: Component) {
    if (!actor.council) return null;
    const mine = (await this.adoptionRecords.forComponents([component.id])).find(
      (adoption) => adoption.councilCode === actor.council!.code,
    );
    return mine ? (await this.adoptionViews(actor, [mine]))[0] : null;
  }

  @Access.officer()
  @Mutation(() => ComponentAdoption, {
    description:
      'Records how your council uses a published component (replaces your earlier record).',
  })
  async recordAdoption(
    @CurrentActor() actor: Actor,
    @Args('componentId', { type: () => ID }) componentId: string,
    @Args('input') input: AdoptionInput,
  ) {
    const saved = await this.adoptionRecords.record(actor, componentId, input);
    return (await this.adoptionViews(actor, [saved]))[0];
  }

  @Access.officer()
  @Mutation(() => Boolean, { description: "Removes your council's adoption record." })
  async removeAdoption(
    @CurrentActor() actor: Actor,
    @Args('componentId', { type: () => ID }) componentId: string,
  ) {
    await this.adoptionRecords.remove(actor, componentId);
    return true;
  }

  private async adoptionViews(
    actor: Actor,
    adoptions: ComponentAdoptionEntity[],
  ): Promise<ComponentAdoption[]> {
    const officer = decide(actor, { action: 'officer-content.read' }).allowed;
    const councils = new Map(
      (
        await this.councils.findByCodes([
          ...new Set(adoptions.map((adoption) => adoption.councilCode)),
        ])
      ).map((council) => [council.code, council]),
    );
    return adoptions
      .filter((adoption) => councils.has(adoption.councilCode))
      .map((adoption) => ({
        id: adoption.id,
        componentId: adoption.componentId,
        council: councils.get(adoption.councilCode)!,
        status: adoption.status as ComponentAdoption['status'],
        startedOn: adoption.startedOn,
        stoppedOn: adoption.stoppedOn,
        note: officer ? adoption.note : null,
        caseStudyId: adoption.caseStudyId,
        contactOptIn: adoption.contactOptIn,
        updatedAt: adoption.updatedAt,
      }));
  }
}
