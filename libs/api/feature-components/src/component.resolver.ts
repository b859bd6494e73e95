import { Access, type Actor, CurrentActor } from '@lgx/api/core/auth';
import { type Council, CouncilDirectory } from '@lgx/api/core/councils';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import type { ComponentEntity } from './component.entity';
import { ComponentInput } from './component.input';
import { Component, CouncilComponents, PubliccodeImportResult } from './component.object';
import { ComponentService } from './component.service';
import { toComponent } from './component.view';
import { ComponentAdoptionService } from './component-adoption.service';
import { ComponentImportService, type ImportOutcome } from './component-import.service';

@Resolver(() => Component)
export class ComponentResolver {
  constructor(
    private readonly components: ComponentService,
    private readonly adoptionRecords: ComponentAdoptionService,
    private readonly councils: CouncilDirectory,
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

  private async councilMap(codes: string[]): Promise<Map<string, Council>> {
    const councils = await this.councils.findByCodes([...new Set(codes)]);
    return new Map(councils.map((council) => [council.code, council]));
  }
}
