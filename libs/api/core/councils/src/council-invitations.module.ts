import { Module } from '@nestjs/common';

import { CouncilEditorsMail } from './council-editors-mail.service';
import { CouncilInvitationServices } from './council-invitation.workflow';

/**
 * What a feature that invites councils imports: the editors' mail and the
 * services its CouncilInvitationWorkflow needs. Not global: it needs the Mailer.
 */
@Module({
  providers: [CouncilEditorsMail, CouncilInvitationServices],
  exports: [CouncilEditorsMail, CouncilInvitationServices],
})
export class CouncilInvitationsModule {}
