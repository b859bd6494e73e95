import { Access, type Actor, CurrentActor } from '@lgx/api/core/auth';
import { CouncilDirectory } from '@lgx/api/core/councils';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { CaseStudyService } from './case-study.service';
import type { CaseStudyEntity } from './case-study.entity';
import {
  CaseStudy,
  CaseStudyAttachment,
  CaseStudyRevision,
  CoAuthorInvitation,
  FieldChange,
} from './case-study.object';
import { CaseStudyInput } from './case-study.input';
import { toCaseStudy } from './case-study.view';
import { CaseStudyAttachmentService } from './case-study-attachment.service';
import type { CoAuthorInvitationEntity } from './co-author-invitation.entity';
import { CoAuthorInvitationService } from './co-author-invitation.service';

@Resolver(() => CaseStudy)
export class CaseStudyResolver {
  constructor(
    private readonly studies: CaseStudyService,
    private readonly councils: CouncilDirectory,
    private readonly attachmentFiles: CaseStudyAttachmentService,
    private readonly invitations: CoAuthorInvitationService,
  ) {}

  @ResolveField(() => [CoAuthorInvitation], {
    description:
      'Councils asked to co-author it that have not accepted (pending or declined). Only officers of its lead and co-author councils see them; anyone else gets an empty list.',
  })
  async coAuthorInvitations(@CurrentActor() actor: Actor, @Parent() study: CaseStudy) {
    const invitations = await this.invitations.sent(actor, study.id, [
      study.leadCouncil.code,
      ...study.coAuthorCouncils.map((council) => council.code),
    ]);
    return this.invitationViews(invitations.map((invitation) => ({ invitation, study })));
  }

  @ResolveField(() => CoAuthorInvitation, {
    nullable: true,
    description:
      "The open invitation to the viewer's council to co-author it, when the viewer may answer it (an editor or admin of that council).",
  })
  async invitationToMyCouncil(@CurrentActor() actor: Actor, @Parent() study: CaseStudy) {
    const invitation = await this.invitations.toActorsCouncil(actor, study.id);
    return invitation ? (await this.invitationViews([{ invitation, study }]))[0] : null;
  }

  @Access.councilRole('EDITOR')
  @Query(() => [CoAuthorInvitation], {
    description:
      "Open invitations to your council to co-author case studies, newest first (for your council's editors and admins).",
  })
  async coAuthorInvitationsToMyCouncil(@CurrentActor() actor: Actor) {
    const received = await this.invitations.received(actor);
    return this.invitationViews(
      received.map(({ invitation, study }) => ({
        invitation,
        study: { id: study.id, title: study.title, summary: study.summary, status: study.status },
      })),
    );
  }

  @Access.councilRole('EDITOR')
  @Mutation(() => Boolean, {
    description:
      'Accepts (your council becomes a co-author) or declines an invitation to your council to co-author a case study.',
  })
  async respondToCoAuthorInvitation(
    @CurrentActor() actor: Actor,
    @Args('caseStudyId', { type: () => ID }) caseStudyId: string,
    @Args('accept', { type: () => Boolean }) accept: boolean,
  ) {
    await this.invitations.respond(actor, caseStudyId, accept);
    return true;
  }

  @Access.councilRole('EDITOR')
  @Mutation(() => Boolean, {
    description: 'Withdraws an invitation to co-author (or clears a declined one).',
  })
  async withdrawCoAuthorInvitation(
    @CurrentActor() actor: Actor,
    @Args('caseStudyId', { type: () => ID }) caseStudyId: string,
    @Args('councilCode') councilCode: string,
  ) {
    await this.invitations.withdraw(actor, caseStudyId, councilCode);
    return true;
  }

  @Access.councilRole('EDITOR')
  @Mutation(() => Boolean, { description: 'Takes your council off a case study it co-authors.' })
  async leaveCaseStudy(
    @CurrentActor() actor: Actor,
    @Args('caseStudyId', { type: () => ID }) caseStudyId: string,
  ) {
    await this.invitations.leave(actor, caseStudyId);
    return true;
  }

  @ResolveField(() => [CaseStudyAttachment], {
    description: 'Upload with POST /case-studies/:id/attachments.',
  })
  async attachments(
    @CurrentActor() actor: Actor,
    @Parent() study: CaseStudy,
  ): Promise<CaseStudyAttachment[]> {
    return (await this.attachmentFiles.list(actor, study.id)).map((file) => ({
      id: file.id,
      filename: file.filename,
      contentType: file.contentType,
      size: file.size,
      url: `/attachments/${file.id}/${file.filename}`,
    }));
  }

  @Access.councilRole('EDITOR')
  @Mutation(() => Boolean)
  async deleteCaseStudyAttachment(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ) {
    await this.attachmentFiles.remove(actor, id);
    return true;
  }

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

  private async invitationViews(
    records: {
      invitation: CoAuthorInvitationEntity;
      study: Pick<CaseStudy, 'id' | 'title' | 'summary' | 'status'>;
    }[],
  ): Promise<CoAuthorInvitation[]> {
    const councils = new Map(
      (
        await this.councils.findByCodes([
          ...new Set(
            records.flatMap(({ invitation }) => [
              invitation.councilCode,
              invitation.invitedByCouncilCode,
            ]),
          ),
        ])
      ).map((council) => [council.code, council]),
    );
    return records.flatMap(({ invitation, study }) => {
      const council = councils.get(invitation.councilCode);
      const invitedBy = councils.get(invitation.invitedByCouncilCode);
      if (!council || !invitedBy) return [];
      return [
        {
          caseStudyId: study.id,
          caseStudyTitle: study.title,
          caseStudySummary: study.summary,
          caseStudyStatus: study.status,
          council,
          invitedBy,
          invitedAt: invitation.invitedAt,
          status: invitation.status,
          respondedAt: invitation.respondedAt,
        },
      ];
    });
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
