import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export type CaseStudyStatus = 'DRAFT' | 'IN_REVIEW' | 'PUBLISHED' | 'ARCHIVED';
export type SavingsBasis = 'YEAR' | 'PERIOD';
export type FiguresBasis = 'FORECAST' | 'ACTUAL';

/** Money in whole pence (bigint in PostgreSQL), read back as a JavaScript number. */
const pence = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** A council's story of what it did, with comparable numbers. */
@Entity('case_study')
export class CaseStudyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  title!: string;

  /** Short, for results. */
  @Column('text')
  summary!: string;

  /** The LGA template's headings, in Markdown. */
  @Column('text', { default: '' })
  challenge!: string;

  @Column('text', { default: '' })
  whatWasDone!: string;

  @Column('text', { default: '' })
  impact!: string;

  @Column('text', { default: '' })
  lessonsLearned!: string;

  /** Anything else, in Markdown. */
  @Column('text', { default: '' })
  body!: string;

  @Index()
  @Column('text')
  leadCouncilCode!: string;

  @Column('text', { array: true, default: () => "'{}'" })
  coAuthorCouncilCodes!: string[];

  @Column('text', { array: true, default: () => "'{}'" })
  serviceAreas!: string[];

  @Column('text', { array: true, default: () => "'{}'" })
  objectives!: string[];

  @Column('text', { array: true, default: () => "'{}'" })
  technologies!: string[];

  @Column('text')
  stage!: string;

  /** Required when the stage is STOPPED: honest accounts of what failed are the most useful. */
  @Column('text', { nullable: true })
  stoppedReason!: string | null;

  @Column('date', { nullable: true })
  startDate!: string | null;

  @Column('date', { nullable: true })
  endDate!: string | null;

  /** When it went live: its council is asked for actuals 6, 12 and 24 months on (decision 0060). */
  @Column('date', { nullable: true })
  liveSince!: string | null;

  /** Shown only to signed-in officers. */
  @Column('text', { nullable: true })
  contactName!: string | null;

  @Column('text', { nullable: true })
  contactEmail!: string | null;

  @Column('text', { default: 'OGL-UK-3.0' })
  licence!: string;

  @Column('text', { nullable: true })
  sourceUrl!: string | null;

  @Column('bigint', { nullable: true, transformer: pence })
  investmentPence!: number | null;

  @Column('bigint', { nullable: true, transformer: pence })
  runningCostPencePerYear!: number | null;

  /**
   * The cashable saving as stated: a yearly amount, or the total over the
   * savings period when cashableSavingsOver is PERIOD (decision 0057).
   */
  @Column('bigint', { nullable: true, transformer: pence })
  cashableSavingsPencePerYear!: number | null;

  /** The high end when the investment was given as a range; investmentPence is the low end. */
  @Column('bigint', { nullable: true, transformer: pence })
  investmentHighPence!: number | null;

  /** The investment was stated as "up to" investmentPence, a ceiling. */
  @Column('boolean', { default: false })
  investmentUpTo!: boolean;

  /** The high end when the saving was given as a range; cashableSavingsPencePerYear is the low end. */
  @Column('bigint', { nullable: true, transformer: pence })
  cashableSavingsHighPence!: number | null;

  /** The saving was stated as "up to" the amount, a ceiling. */
  @Column('boolean', { default: false })
  cashableSavingsUpTo!: boolean;

  /** Whether the stated saving is per YEAR or a total over the PERIOD. */
  @Column('text', { default: 'YEAR' })
  cashableSavingsOver!: SavingsBasis;

  /** How many years the savings last (the low end of a range). */
  @Column('integer', { nullable: true })
  savingsPeriodYears!: number | null;

  /** The high end when the period was given as a range ("three to four years"). */
  @Column('integer', { nullable: true })
  savingsPeriodYearsTo!: number | null;

  /** For the optimism bias adjustment: a key of OPTIMISM_BIAS_GUIDELINES. */
  @Column('text', { default: 'equipment-development' })
  projectType!: string;

  /** Whether the figures are a FORECAST or a measured ACTUAL. */
  @Column('text', { default: 'FORECAST' })
  figuresBasis!: FiguresBasis;

  @Column('integer', { nullable: true })
  hoursSavedPerYear!: number | null;

  @Column('text', { nullable: true })
  nonCashableBenefits!: string | null;

  @Column('integer', { nullable: true })
  residentsAffected!: number | null;

  @Column('text', { nullable: true })
  evidenceLevel!: string | null;

  @Index()
  @Column('text', { default: 'DRAFT' })
  status!: CaseStudyStatus;

  /** Sample content from a public report, shown with a "sample" tag. */
  @Column('boolean', { default: false })
  isSample!: boolean;

  @Column('timestamptz', { nullable: true })
  publishedAt!: Date | null;

  @Column('uuid', { nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
