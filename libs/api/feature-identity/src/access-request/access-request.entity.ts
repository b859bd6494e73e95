import type { AccessRequestKind } from '@lgx/api/core/auth';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export type AccessRequestStatus = 'PENDING' | 'ACCEPTED' | 'DECLINED';

/**
 * A request for access that someone else decides: a council email domain,
 * the editor role, or the admin role of a council that has none. People who
 * ask the same while it is pending join it (requesterIds), so there is one.
 */
@Entity('access_request')
export class AccessRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  kind!: AccessRequestKind;

  @Column('text')
  councilCode!: string;

  /** The email domain asked for (COUNCIL_DOMAIN only). */
  @Column('text', { nullable: true })
  domain!: string | null;

  @Column('uuid', { array: true })
  requesterIds!: string[];

  @Column('text', { default: 'PENDING' })
  status!: AccessRequestStatus;

  @Column('text', { nullable: true })
  declineReason!: string | null;

  @Column('uuid', { nullable: true })
  decidedBy!: string | null;

  @Column('timestamptz', { nullable: true })
  decidedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
