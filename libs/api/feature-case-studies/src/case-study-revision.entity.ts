import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A published version of a case study: who changed it, when, and everything it said. */
@Entity('case_study_revision')
@Index('case_study_revision_version_idx', ['caseStudyId', 'version'], { unique: true })
export class CaseStudyRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  caseStudyId!: string;

  @Column('integer')
  version!: number;

  @Column('jsonb')
  snapshot!: Record<string, unknown>;

  /** Attributed to the council; the account id is for the audit trail. */
  @Column('uuid', { nullable: true })
  changedBy!: string | null;

  @Column('text', { nullable: true })
  changedByCouncilCode!: string | null;

  @Column('timestamptz', { default: () => 'now()' })
  changedAt!: Date;
}
