import { Column, PrimaryGeneratedColumn } from 'typeorm';

/** PENDING until the invited council answers; DECLINED stays so the inviting council can see it. */
export type CouncilInvitationStatus = 'PENDING' | 'DECLINED';

/**
 * The columns every invitation of one council by another shares (co-authoring
 * a case study, co-maintaining a component). Not an entity itself: each
 * feature's entity extends it with its own table and the id of what it is about.
 */
export abstract class CouncilInvitationColumns {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  councilCode!: string;

  @Column('text', { default: 'PENDING' })
  status!: CouncilInvitationStatus;

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
