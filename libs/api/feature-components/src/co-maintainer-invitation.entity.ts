import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** PENDING until the invited council answers; DECLINED stays so the inviting council can see it. */
export type CoMaintainerInvitationStatus = 'PENDING' | 'DECLINED';

/**
 * A council asked to co-maintain a component. Accepting moves the council into
 * the component's maintaining councils and removes the invitation.
 */
@Entity('component_co_maintainer_invitation')
export class CoMaintainerInvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  componentId!: string;

  @Column('text')
  councilCode!: string;

  @Column('text', { default: 'PENDING' })
  status!: CoMaintainerInvitationStatus;

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
