import { Access, type Actor, CurrentActor, decide } from '@lgx/api/core/auth';
import { type Council, CouncilDirectory } from '@lgx/api/core/councils';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import type { ComponentEntity } from './component.entity';
import { ComponentInput } from './component.input';
import {
  AdoptionCounts,
  Component,
  ComponentAdoption,
  CouncilComponents,
  MapPoint,
  PubliccodeImportResult,
} from './component.object';
import { ComponentService } from './component.service';
import { toComponent } from './component.view';
import type { ComponentAdoptionEntity } from './component-adoption.entity';
import { AdoptionInput } from './component-adoption.input';
import { ComponentAdoptionService } from './component-adoption.service';
import { ComponentImportService, type ImportOutcome } from './component-import.service';
import { ComponentQuestionService } from './component-question.service';

@Resolver(() => Component)
export class ComponentResolver {
  constructor(
    private readonly components: ComponentService,
    private readonly adoptionRecords: ComponentAdoptionService,
    private readonly councils: CouncilDirectory,
    private readonly questions: ComponentQuestionService,
    private readonly imports: ComponentImportService,
  ) {}

  @Access.public()
  @Query(() => Component, {
    description: 'A component: published ones for anyone, drafts for their maintaining councils.',
  })
  async component(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.one(actor, await this.components.get(actor, id));
  }

  @Access.public()
  @Query(() => CouncilComponents, {
    description:
      'What a council maintains (its drafts too, for its own officers) and what it uses.',
  })
  async councilComponents(@CurrentActor() actor: Actor, @Args('councilCode') councilCode: string) {
    const code = councilCode.trim().toUpperCase();
    const [maintains, uses] = await Promise.all([
      this.components.maintainedBy(actor, code),
      this.adoptionRecords.usedBy(code),
    ]);
    return { maintains: await this.view(actor, maintains), uses: await this.view(actor, uses) };
  }

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

  @Access.councilRole('EDITOR')
  @Mutation(() => Component, { description: 'Starts a draft maintained by your council.' })
  async createComponent(@CurrentActor() actor: Actor, @Args('input') input: ComponentInput) {
    return this.one(actor, await this.components.create(actor, input));
  }

  @Access.councilRole('EDITOR')
  @Mutation(() => Component)
  async updateComponent(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: ComponentInput,
  ) {
    return this.one(actor, await this.components.update(actor, id, input));
  }

  @Access.councilRole('EDITOR')
  @Mutation(() => Component)
  async publishComponent(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.one(actor, await this.components.publish(actor, id));
  }

  @Access.councilRole('EDITOR')
  @Mutation(() => Component, { description: 'Takes it back to draft, out of public view.' })
  async unpublishComponent(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ) {
    return this.one(actor, await this.components.unpublish(actor, id));
  }

  @Access.councilRole('EDITOR')
  @Mutation(() => PubliccodeImportResult, {
    description:
      'Imports a publiccode.yml, pasted (content) or uploaded (fileBase64). Re-importing a repository updates its component.',
  })
  async importPubliccode(
    @CurrentActor() actor: Actor,
    @Args('content', { type: () => String, nullable: true }) content: string | null,
    @Args('fileBase64', { type: () => String, nullable: true }) fileBase64: string | null,
  ) {
    return this.result(actor, await this.imports.importPubliccode(actor, { content, fileBase64 }));
  }

  @Access.councilRole('EDITOR')
  @Mutation(() => PubliccodeImportResult, {
    description: 'Fetches a publiccode.yml from a public web address (5 s, 512 KB) and imports it.',
  })
  async importPubliccodeFromUrl(@CurrentActor() actor: Actor, @Args('url') url: string) {
    return this.result(actor, await this.imports.importFromUrl(actor, url));
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

  private async result(actor: Actor, outcome: ImportOutcome): Promise<PubliccodeImportResult> {
    const problems = (list: ImportOutcome['verdict']['errors']) =>
      list.map((problem) => ({
        path: problem.path,
        message: problem.message,
        line: problem.line ?? null,
      }));
    return {
      outcome: outcome.outcome,
      version: outcome.verdict.version,
      errors: problems(outcome.verdict.errors),
      warnings: problems(outcome.verdict.warnings),
      component: outcome.component ? await this.one(actor, outcome.component) : null,
    };
  }

  private async one(actor: Actor, component: ComponentEntity): Promise<Component> {
    return (await this.view(actor, [component]))[0]!;
  }

  private async view(actor: Actor, components: ComponentEntity[]): Promise<Component[]> {
    const councils = await this.councilMap(components.flatMap((c) => c.maintainingCouncilCodes));
    return components.map((component) =>
      toComponent(component, councils, this.components.canEdit(actor, component)),
    );
  }

  private async adoptionViews(
    actor: Actor,
    adoptions: ComponentAdoptionEntity[],
  ): Promise<ComponentAdoption[]> {
    const officer = decide(actor, { action: 'officer-content.read' }).allowed;
    const councils = await this.councilMap(adoptions.map((adoption) => adoption.councilCode));
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

  private async councilMap(codes: string[]): Promise<Map<string, Council>> {
    const councils = await this.councils.findByCodes([...new Set(codes)]);
    return new Map(councils.map((council) => [council.code, council]));
  }
}
