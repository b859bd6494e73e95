import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One move in a group's lifecycle: who, when, from where to where, and why. */
@Entity('procurement_group_stage_change')
export class ProcurementGroupStageChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column('uuid')
  groupId!: string;

  @Column('text')
  fromStage!: string;

  @Column('text')
  toStage!: string;

  @Column('text', { default: '' })
  note!: string;

  @Column('uuid', { nullable: true })
  changedBy!: string | null;

  /** The person's name as it was, so the history reads well after they leave. */
  @Column('text')
  changedByName!: string;

  @Column('text')
  changedByCouncilCode!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  changedAt!: Date;
}
