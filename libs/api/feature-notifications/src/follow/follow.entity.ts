import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import type { DigestFrequency, FollowKind, SavedSearch } from './follow.rules';

/**
 * What one account follows: a council, a topic, a component, a supplier, a
 * procurement group, or a saved search. `targetKey` names the target within
 * its kind (a council code, `SERVICE_AREA:HOUSING`, an id, or a saved search's
 * normalised key), so following twice is one row.
 */
@Entity('follow')
@Index('follow_account_target_idx', ['accountId', 'kind', 'targetKey'], { unique: true })
@Index('follow_target_idx', ['kind', 'targetKey'])
export class FollowEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  accountId!: string;

  @Column('text')
  kind!: FollowKind;

  @Column('text')
  targetKey!: string;

  /** A saved search's words and filters; null for every other kind. */
  @Column('jsonb', { nullable: true })
  search!: SavedSearch | null;

  /** How often the digest email of what this follow brings is sent. */
  @Column('text', { default: 'DAILY' })
  digest!: DigestFrequency;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
