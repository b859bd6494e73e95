import {
  CouncilInvitationServices,
  type CouncilInvitationSettings,
  CouncilInvitationWorkflow,
} from '@lgx/api/core/councils';
import { Injectable } from '@nestjs/common';

import { CaseStudyEntity } from './case-study.entity';
import { caseStudyNotFound, coAuthorInvitationNotFound, notACoAuthor } from './case-study.errors';
import { CoAuthorInvitationEntity } from './co-author-invitation.entity';

/** Co-authors are members by invitation; the lead council is always an author and never leaves. */
const CO_AUTHOR_INVITATIONS: CouncilInvitationSettings<CaseStudyEntity, CoAuthorInvitationEntity> =
  {
    subject: CaseStudyEntity,
    invitation: CoAuthorInvitationEntity,
    subjectId: 'caseStudyId',
    auditTarget: 'case_study',
    auditAction: 'case-study.co-author',
    actions: {
      invite: 'case-study.co-author.invite',
      respond: 'case-study.co-author.respond',
      leave: 'case-study.co-author.leave',
      readUnpublished: 'case-study.read-unpublished',
    },
    members: (study) => study.coAuthorCouncilCodes ?? [],
    setMembers: (study, councilCodes) => (study.coAuthorCouncilCodes = councilCodes),
    authors: (study) => [study.leadCouncilCode, ...(study.coAuthorCouncilCodes ?? [])],
    isPublic: (study) => study.status === 'PUBLISHED' || study.status === 'ARCHIVED',
    errors: {
      subjectNotFound: caseStudyNotFound,
      invitationNotFound: coAuthorInvitationNotFound,
      notAMember: notACoAuthor,
    },
    wording: (study) => ({
      invited: {
        subject: (inviter, invited) => `${inviter} asks ${invited} to co-author a case study`,
        named: (inviter, invited) =>
          `${inviter} has named ${invited} as a co-author of the case study "${study.title}" on LGX.`,
      },
      answer: {
        subject: (council, answer) => `${council} ${answer} your co-author invitation`,
        answered: (council, answer) =>
          `${council} ${answer} your invitation to co-author "${study.title}" on LGX.`,
        accepted: 'It is now shown as a co-author, and its editors can change the case study.',
        declined:
          'It is not shown as a co-author. You can see the declined invitation on the case study.',
        open: { label: 'Open the case study', path: `/case-studies/${study.id}` },
      },
    }),
  };

/**
 * Co-authorship by consent (see CouncilInvitationWorkflow): naming a council
 * invites it; only its own editors and admins accept or decline.
 */
@Injectable()
export class CoAuthorInvitationService extends CouncilInvitationWorkflow<
  CaseStudyEntity,
  CoAuthorInvitationEntity
> {
  constructor(services: CouncilInvitationServices) {
    super(services, CO_AUTHOR_INVITATIONS);
  }
}
