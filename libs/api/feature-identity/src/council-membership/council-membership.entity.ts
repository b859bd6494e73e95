import type { CouncilRole } from '@lgx/api/core/auth';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * An account's membership of the council its verified email domain belongs
 * to. Removed memberships are kept (status 'removed') so the person does not
 * come back as an officer by signing in again.
 */
@Entity('council_membership')
export class CouncilMembershipEntity {
  @PrimaryColumn('uuid')
  accountId!: string;

  @Index()
  @Column('text')
  councilCode!: string;

  @Column('text', { default: 'OFFICER' })
  role!: CouncilRole;

  @Column('text', { default: 'active' })
  status!: 'active' | 'removed';

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
