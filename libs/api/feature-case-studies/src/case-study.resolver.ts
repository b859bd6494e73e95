import { Access, type Actor, CurrentActor } from '@lgx/api/core/auth';
import { CouncilDirectory } from '@lgx/api/core/councils';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';

import type { CaseStudyEntity } from './case-study.entity';
import { CaseStudyInput } from './case-study.input';
import { CaseStudy, CaseStudyRevision, FieldChange } from './case-study.object';
import { CaseStudyService } from './case-study.service';
import { toCaseStudy } from './case-study.view';

@Resolver(() => CaseStudy)
export class CaseStudyResolver {
  constructor(
    private readonly studies: CaseStudyService,
    private readonly councils: CouncilDirectory,
  ) {}

  @Access.public()
  @Query(() => CaseStudy, {
    description: 'A case study: published ones for anyone, drafts for their councils.',
  })
  async caseStudy(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.view(actor, [await this.studies.get(actor, id)]).then(([study]) => study);
  }

  @Access.public()
  @Query(() => [CaseStudy], {
    description: "A council's case studies (its drafts too, for its own officers).",
  })
  async councilCaseStudies(@CurrentActor() actor: Actor, @Args('councilCode') councilCode: string) {
    return this.view(actor, await this.studies.forCouncil(actor, councilCode.trim().toUpperCase()));
  }

  @Access.public()
  @Query(() => [CaseStudyRevision], { description: 'Published versions, newest first.' })
  async caseStudyRevisions(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ) {
    const revisions = await this.studies.revisions(actor, id);
    const councils = new Map(
      (
        await this.councils.findByCodes([
          ...new Set(
            revisions.flatMap((r) => (r.changedByCouncilCode ? [r.changedByCouncilCode] : [])),
          ),
        ])
      ).map((c) => [c.code, c]),
    );
    return revisions.map((revision) => ({
      version: revision.version,
      changedAt: revision.changedAt,
      changedByCouncil: revision.changedByCouncilCode
        ? (councils.get(revision.changedByCouncilCode) ?? null)
        : null,
    }));
  }

  @Access.public()
  @Query(() => [FieldChange], {
    description: 'What changed in a version (from the one before, or from `from`).',
  })
  caseStudyDiff(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('to', { type: () => Int }) to: number,
    @Args('from', { type: () => Int, nullable: true }) from: number | null,
  ) {
    return this.studies.diff(actor, id, from, to);
  }

  @Access.councilRole('EDITOR')
  @Mutation(() => CaseStudy, { description: 'Starts a draft led by your council.' })
  async createCaseStudy(@CurrentActor() actor: Actor, @Args('input') input: CaseStudyInput) {
    return this.one(actor, await this.studies.create(actor, input));
  }

  @Access.councilRole('EDITOR')
  @Mutation(() => CaseStudy)
  async updateCaseStudy(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: CaseStudyInput,
  ) {
    return this.one(actor, await this.studies.update(actor, id, input));
  }

  @Access.councilRole('EDITOR')
  @Mutation(() => CaseStudy, {
    description: 'Asks a colleague to check it before it is published (optional).',
  })
  async submitCaseStudyForReview(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ) {
    return this.one(actor, await this.studies.submitForReview(actor, id));
  }

  @Access.councilRole('EDITOR')
  @Mutation(() => CaseStudy)
  async returnCaseStudyToDraft(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ) {
    return this.one(actor, await this.studies.returnToDraft(actor, id));
  }

  @Access.councilRole('EDITOR')
  @Mutation(() => CaseStudy)
  async publishCaseStudy(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.one(actor, await this.studies.publish(actor, id));
  }

  @Access.councilRole('EDITOR')
  @Mutation(() => CaseStudy)
  async archiveCaseStudy(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.one(actor, await this.studies.archive(actor, id));
  }

  private async one(actor: Actor, study: CaseStudyEntity): Promise<CaseStudy> {
    return (await this.view(actor, [study]))[0]!;
  }

  private async view(actor: Actor, studies: CaseStudyEntity[]): Promise<CaseStudy[]> {
    const codes = [
      ...new Set(
        studies.flatMap((study) => [study.leadCouncilCode, ...study.coAuthorCouncilCodes]),
      ),
    ];
    const councils = new Map(
      (await this.councils.findByCodes(codes)).map((council) => [council.code, council]),
    );
    return studies.map((study) =>
      toCaseStudy(study, actor, councils, this.studies.canEdit(actor, study)),
    );
  }
}
