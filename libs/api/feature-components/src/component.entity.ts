import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export type ComponentStatus = 'DRAFT' | 'PUBLISHED';

/** A runtime or system dependency; proprietary ones are a lock-in signal. */
export interface ComponentDependency {
  name: string;
  proprietary: boolean;
}

/** Something councils can reuse: software, a pattern, a template, an API, a dataset. */
@Entity('component')
export class ComponentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  name!: string;

  @Column('text')
  kind!: string;

  /** Short, for results. */
  @Column('text')
  summary!: string;

  /** Markdown. */
  @Column('text', { default: '' })
  description!: string;

  /** Repository or download address. */
  @Column('text', { nullable: true })
  url!: string | null;

  /**
   * The repository address normalised (host lowercased, no .git or trailing
   * slash): one published component per repository; drafts are private and
   * claim nothing (decision 0013).
   */
  @Index('IDX_component_published_repository_key', {
    unique: true,
    where: `repository_key IS NOT NULL AND status = 'PUBLISHED'`,
  })
  @Index('IDX_component_repository_key', { where: 'repository_key IS NOT NULL' })
  @Column('text', { nullable: true })
  repositoryKey!: string | null;

  /** An SPDX licence expression. */
  @Column('text')
  licence!: string;

  @Column('text')
  maturity!: string;

  @Column('text', { array: true, default: () => "'{}'" })
  maintainingCouncilCodes!: string[];

  @Column('text', { array: true, default: () => "'{}'" })
  serviceAreas!: string[];

  @Column('text', { array: true, default: () => "'{}'" })
  technologies!: string[];

  @Column('text', { array: true, default: () => "'{}'" })
  standards!: string[];

  @Column('text', { array: true, default: () => "'{}'" })
  features!: string[];

  @Column('jsonb', { default: () => "'[]'" })
  dependencies!: ComponentDependency[];

  @Column('text', { nullable: true })
  documentationUrl!: string | null;

  @Column('text', { nullable: true })
  softwareVersion!: string | null;

  @Column('date', { nullable: true })
  releaseDate!: string | null;

  /** The publiccode.yml version it was last imported from. */
  @Column('text', { nullable: true })
  publiccodeVersion!: string | null;

  @Index()
  @Column('text', { default: 'DRAFT' })
  status!: ComponentStatus;

  /** Councils whose adoption is evaluating or in use: kept here for search ("most adopted"). */
  @Column('integer', { default: 0 })
  adoptionCount!: number;

  /** Sample content, shown with a "sample" tag. */
  @Column('boolean', { default: false })
  isSample!: boolean;

  /** When its maintainers last changed it (edit or re-import): the staleness clock. */
  @Column('timestamptz', { default: () => 'now()' })
  maintainedAt!: Date;

  @Column('timestamptz', { nullable: true })
  publishedAt!: Date | null;

  /** When its maintainers were last reminded that it looks stale. */
  @Column('timestamptz', { nullable: true })
  staleRemindedAt!: Date | null;

  @Column('uuid', { nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
