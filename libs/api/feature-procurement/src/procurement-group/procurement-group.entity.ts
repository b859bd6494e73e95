import type { GroupStage, GroupVisibility, ProcurementRoute } from '@lgx/shared/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** Money in whole pence (bigint in PostgreSQL), read back as a JavaScript number. */
export const pence = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** Councils with the same need, pooling demand to take a joint bid to market. */
@Entity('procurement_group')
export class ProcurementGroupEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  title!: string;

  /** The need in plain words. */
  @Column('text')
  need!: string;

  /** CPV code with its check digit, e.g. 72000000-5. */
  @Column('text')
  cpvCode!: string;

  @Index()
  @Column('text')
  leadCouncilCode!: string;

  /** The lead's estimate of what one council would spend. */
  @Column('bigint', { nullable: true, transformer: pence })
  valuePerCouncilPence!: number | null;

  /** The lead's estimate of the whole joint procurement. */
  @Column('bigint', { nullable: true, transformer: pence })
  totalValuePence!: number | null;

  /** Null only for sample content whose source does not state it (a check constraint holds this). */
  @Column('date', { nullable: true })
  desiredStart!: string | null;

  /** Null only for sample content whose source does not state it. */
  @Column('text', { nullable: true })
  route!: ProcurementRoute | null;

  /** For an existing framework: which one, and which lot. */
  @Column('text', { nullable: true })
  frameworkName!: string | null;

  @Column('text', { nullable: true })
  frameworkLot!: string | null;

  /**
   * The bid goes ahead only with at least this many committed councils. Null
   * only for sample content whose source does not state it.
   */
  @Column('integer', { nullable: true })
  minimumCouncils!: number | null;

  @Column('text')
  visibility!: GroupVisibility;

  /** Expressions of interest are taken until the end of this day; null as desiredStart. */
  @Column('date', { nullable: true })
  interestClosesOn!: string | null;

  @Index()
  @Column('text', { default: 'FORMING' })
  stage!: GroupStage;

  /** Why it closed or was abandoned. */
  @Column('text', { nullable: true })
  endReason!: string | null;

  /** Written for LGX from a public source (see sourceUrl), not by the councils on LGX. */
  @Column('boolean', { default: false })
  isSample!: boolean;

  /** Where sample content comes from. */
  @Column('text', { nullable: true })
  sourceUrl!: string | null;

  @Column('uuid', { nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
