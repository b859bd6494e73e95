import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A concern raised by a reader, or a supplier's notice of complaint entered by a moderator. */
export type ConcernKind = 'CONCERN' | 'COMPLAINT';
export type ConcernOutcome = 'KEPT' | 'EDITED' | 'REMOVED';

@Entity('supplier_experience_concern')
export class ExperienceConcernEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column('uuid')
  experienceId!: string;

  @Column('text')
  kind!: ConcernKind;

  @Column('text')
  details!: string;

  @Column('uuid', { nullable: true })
  raisedBy!: string | null;

  /** Complaints only: when the 48 hours end. */
  @Column('timestamptz', { nullable: true })
  deadlineAt!: Date | null;

  /** Null while open. */
  @Index()
  @Column('text', { nullable: true })
  outcome!: ConcernOutcome | null;

  @Column('text', { nullable: true })
  resolutionNote!: string | null;

  @Column('uuid', { nullable: true })
  resolvedBy!: string | null;

  @Column('timestamptz', { nullable: true })
  resolvedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
