import { Access, type Actor, CurrentActor } from '@lgx/api/core/auth';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { CaseStudy } from './case-study.object';
import type { CoAuthorInvitationEntity } from './co-author-invitation.entity';
import { CoAuthorInvitation } from './co-author-invitation.object';
import { CoAuthorInvitationService } from './co-author-invitation.service';

type CaseStudySummary = Pick<CaseStudy, 'id' | 'title' | 'summary' | 'status'>;

/** Invitations to co-author a case study: asked by an authoring council, answered by the invited one. */
@Resolver(() => CaseStudy)
export class CoAuthorInvitationResolver {
  constructor(private readonly invitations: CoAuthorInvitationService) {}

  @ResolveField(() => [CoAuthorInvitation], {
    description:
      'Councils asked to co-author it that have not accepted (pending or declined). Only officers of its lead and co-author councils see them; anyone else gets an empty list.',
  })
  async coAuthorInvitations(@CurrentActor() actor: Actor, @Parent() study: CaseStudy) {
    const invitations = await this.invitations.sent(actor, study.id, [
      study.leadCouncil.code,
      ...study.coAuthorCouncils.map((council) => council.code),
    ]);
    return this.views(invitations.map((invitation) => ({ invitation, subject: study })));
  }

  @ResolveField(() => CoAuthorInvitation, {
    nullable: true,
    description:
      "The open invitation to the viewer's council to co-author it, when the viewer may answer it (an editor or admin of that council).",
  })
  async invitationToMyCouncil(@CurrentActor() actor: Actor, @Parent() study: CaseStudy) {
    const invitation = await this.invitations.toActorsCouncil(actor, study.id);
    return invitation ? ((await this.views([{ invitation, subject: study }]))[0] ?? null) : null;
  }

  @Access.councilRole('EDITOR')
  @Query(() => [CoAuthorInvitation], {
    description:
      "Open invitations to your council to co-author case studies, newest first (for your council's editors and admins).",
  })
  async coAuthorInvitationsToMyCouncil(@CurrentActor() actor: Actor) {
    return this.views(await this.invitations.received(actor));
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

  private async views(
    records: { invitation: CoAuthorInvitationEntity; subject: CaseStudySummary }[],
  ): Promise<CoAuthorInvitation[]> {
    return (await this.invitations.withCouncils(records)).map(
      ({ invitation, subject, council, invitedBy }) => ({
        caseStudyId: subject.id,
        caseStudyTitle: subject.title,
        caseStudySummary: subject.summary,
        caseStudyStatus: subject.status,
        council,
        invitedBy,
        invitedAt: invitation.invitedAt,
        status: invitation.status,
        respondedAt: invitation.respondedAt,
      }),
    );
  }
}
