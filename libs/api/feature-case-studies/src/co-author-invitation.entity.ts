import { CouncilInvitationColumns, type CouncilInvitationStatus } from '@lgx/api/core/councils';
import { Column, Entity } from 'typeorm';

/** PENDING until the invited council answers; DECLINED stays so the inviting council can see it. */
export type CoAuthorInvitationStatus = CouncilInvitationStatus;

/**
 * A council asked to co-author a case study. Accepting moves the council into
 * the study's co-author councils and removes the invitation.
 */
@Entity('case_study_co_author_invitation')
export class CoAuthorInvitationEntity extends CouncilInvitationColumns {
  @Column('uuid')
  caseStudyId!: string;
}
