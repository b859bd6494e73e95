import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A change to an indexed record, written by a trigger in the same
 * transaction as the change. The indexer loads the record's current state,
 * so a row only says "look at this again".
 */
@Entity('search_outbox')
@Index('search_outbox_due_idx', ['nextAttemptAt', 'id'])
export class SearchOutboxEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  /** The document type, e.g. "council". */
  @Column('text')
  entityType!: string;

  @Column('text')
  entityId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('integer', { default: 0 })
  attempts!: number;

  @Column('timestamptz', { default: () => 'now()' })
  nextAttemptAt!: Date;

  @Column('text', { nullable: true })
  lastError!: string | null;
}
