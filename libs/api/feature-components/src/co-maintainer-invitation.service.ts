import {
  CouncilInvitationServices,
  type CouncilInvitationSettings,
  CouncilInvitationWorkflow,
} from '@lgx/api/core/councils';
import { Injectable } from '@nestjs/common';

import { CoMaintainerInvitationEntity } from './co-maintainer-invitation.entity';
import { ComponentEntity } from './component.entity';
import {
  coMaintainerInvitationNotFound,
  componentNotFound,
  lastMaintainer,
  notACoMaintainer,
} from './component.errors';

/** Maintaining councils are members by invitation; the last one cannot leave. */
const CO_MAINTAINER_INVITATIONS: CouncilInvitationSettings<
  ComponentEntity,
  CoMaintainerInvitationEntity
> = {
  subject: ComponentEntity,
  invitation: CoMaintainerInvitationEntity,
  subjectId: 'componentId',
  auditTarget: 'component',
  auditAction: 'component.co-maintainer',
  actions: {
    invite: 'component.co-maintainer.invite',
    respond: 'component.co-maintainer.respond',
    leave: 'component.co-maintainer.leave',
    readUnpublished: 'component.read-unpublished',
  },
  members: (component) => component.maintainingCouncilCodes,
  setMembers: (component, councilCodes) => (component.maintainingCouncilCodes = councilCodes),
  authors: (component) => component.maintainingCouncilCodes,
  isPublic: (component) => component.status === 'PUBLISHED',
  errors: {
    subjectNotFound: componentNotFound,
    invitationNotFound: coMaintainerInvitationNotFound,
    notAMember: notACoMaintainer,
    lastMember: lastMaintainer,
  },
  wording: (component) => ({
    invited: {
      subject: (inviter, invited) => `${inviter} asks ${invited} to maintain a component`,
      named: (inviter, invited) =>
        `${inviter} has named ${invited} as a maintaining council of the component "${component.name}" on LGX.`,
    },
    answer: {
      subject: (council, answer) => `${council} ${answer} your invitation to maintain a component`,
      answered: (council, answer) =>
        `${council} ${answer} your invitation to maintain "${component.name}" on LGX.`,
      accepted:
        'It is now shown as a maintaining council, and its editors can change the component.',
      declined:
        'It is not shown as a maintaining council. You can see the declined invitation on the component.',
      open: { label: 'Open the component', path: `/components/${component.id}` },
    },
  }),
};

/**
 * Co-maintenance by consent (see CouncilInvitationWorkflow): naming a council
 * invites it; only its own editors and admins accept or decline. The editor's
 * own council stays a maintainer, first (pass it as `keep` to sync).
 */
@Injectable()
export class CoMaintainerInvitationService extends CouncilInvitationWorkflow<
  ComponentEntity,
  CoMaintainerInvitationEntity
> {
  constructor(services: CouncilInvitationServices) {
    super(services, CO_MAINTAINER_INVITATIONS);
  }
}
