import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

const pence = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** Measured figures a case study's council reported at one check-in (6, 12 or 24 months live). */
@Entity('case_study_actuals')
export class CaseStudyActualsEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  caseStudyId!: string;

  @Column('integer')
  checkInMonths!: number;

  @Column('date')
  reportedAt!: string;

  @Column('bigint', { nullable: true, transformer: pence })
  investmentToDatePence!: number | null;

  @Column('bigint', { nullable: true, transformer: pence })
  runningCostPencePerYear!: number | null;

  @Column('bigint', { nullable: true, transformer: pence })
  cashableSavingsPencePerYear!: number | null;

  @Column('text', { nullable: true })
  note!: string | null;

  @Column('uuid', { nullable: true })
  recordedBy!: string | null;

  @Column('timestamptz', { default: () => 'now()' })
  recordedAt!: Date;
}
