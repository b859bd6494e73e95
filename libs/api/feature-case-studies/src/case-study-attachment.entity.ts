import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A file attached to a case study; its type was recognised from its content. */
@Entity('case_study_attachment')
export class CaseStudyAttachmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column('uuid')
  caseStudyId!: string;

  /** A safe name, with the extension of the detected type. */
  @Column('text')
  filename!: string;

  @Column('text')
  contentType!: string;

  @Column('integer')
  size!: number;

  @Column('text')
  storageKey!: string;

  @Column('uuid', { nullable: true })
  uploadedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
