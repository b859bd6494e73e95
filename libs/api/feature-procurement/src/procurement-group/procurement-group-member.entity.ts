import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

import { pence } from './procurement-group.entity';

/**
 * Where a council stands with a group. INTERESTED and COMMITTED councils are
 * its members; INVITED and REQUESTED are waiting on one side or the other.
 */
export type MemberStatus =
  'INVITED' | 'REQUESTED' | 'INTERESTED' | 'COMMITTED' | 'WITHDRAWN' | 'DECLINED';

export const MEMBER_STATUSES: readonly MemberStatus[] = ['INTERESTED', 'COMMITTED'];

export const isMemberStatus = (status: MemberStatus) => MEMBER_STATUSES.includes(status);

/** A council's place in a procurement group, and its commitment when it makes one. */
@Entity('procurement_group_member')
@Index('procurement_group_member_council_idx', ['groupId', 'councilCode'], { unique: true })
export class ProcurementGroupMemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  groupId!: string;

  @Index()
  @Column('text')
  councilCode!: string;

  @Column('text')
  status!: MemberStatus;

  /** How much the council would buy, e.g. 40 of "licences". */
  @Column('integer', { nullable: true })
  volume!: number | null;

  @Column('text', { nullable: true })
  volumeUnit!: string | null;

  @Column('bigint', { nullable: true, transformer: pence })
  estimatedValuePence!: number | null;

  @Column('date', { nullable: true })
  earliestStart!: string | null;

  @Column('date', { nullable: true })
  latestStart!: string | null;

  @Column('timestamptz', { nullable: true })
  committedAt!: Date | null;

  @Column('uuid', { nullable: true })
  updatedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
