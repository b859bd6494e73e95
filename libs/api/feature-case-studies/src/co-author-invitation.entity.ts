import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** PENDING until the invited council answers; DECLINED stays so the inviting council can see it. */
export type CoAuthorInvitationStatus = 'PENDING' | 'DECLINED';

/**
 * A council asked to co-author a case study. Accepting moves the council into
 * the study's co-author councils and removes the invitation.
 */
@Entity('case_study_co_author_invitation')
export class CoAuthorInvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  caseStudyId!: string;

  @Column('text')
  councilCode!: string;

  @Column('text', { default: 'PENDING' })
  status!: CoAuthorInvitationStatus;

  @Column('text')
  invitedByCouncilCode!: string;

  @Column('uuid', { nullable: true })
  invitedBy!: string | null;

  @Column('timestamptz', { default: () => 'now()' })
  invitedAt!: Date;

  @Column('uuid', { nullable: true })
  respondedBy!: string | null;

  @Column('timestamptz', { nullable: true })
  respondedAt!: Date | null;
}
