import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** A council's own record of how it uses a component: verified, because only its officers write it. */
@Entity('component_adoption')
@Index(['componentId', 'councilCode'], { unique: true })
export class ComponentAdoptionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column('uuid')
  componentId!: string;

  @Index()
  @Column('text')
  councilCode!: string;

  /** EVALUATING, IN_USE or STOPPED. */
  @Column('text')
  status!: string;

  @Column('date', { nullable: true })
  startedOn!: string | null;

  @Column('date', { nullable: true })
  stoppedOn!: string | null;

  @Column('text', { nullable: true })
  note!: string | null;

  @Column('uuid', { nullable: true })
  caseStudyId!: string | null;

  @Column('uuid', { nullable: true })
  recordedBy!: string | null;

  /** The officer who recorded it agrees to be emailed questions from other councils ("ask the adopters"). */
  @Column('boolean', { default: false })
  contactOptIn!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
