import type { QuestionSubjectType } from '@lgx/api/core/contracts';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Who sees a question and its answers: everyone, or verified officers (and whoever asked). */
export type QuestionVisibility = 'PUBLIC' | 'OFFICERS';

/**
 * A question put to the councils behind a case study or a component
 * (decision 0047). The councils it was put to are kept as they were when it
 * was asked: they are the ones told, and the ones who answer.
 */
@Entity('question')
@Check('CHK_question_subject_type', `"subject_type" IN ('case_study', 'component')`)
@Check('CHK_question_visibility', `"visibility" IN ('PUBLIC', 'OFFICERS')`)
@Index('IDX_question_subject', ['subjectType', 'subjectId', 'askedAt'])
@Index('IDX_question_asked_by', ['askedBy', 'askedAt'])
export class QuestionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  subjectType!: QuestionSubjectType;

  @Column('uuid')
  subjectId!: string;

  @Index('IDX_question_council_codes', { synchronize: false })
  @Column('text', { array: true })
  councilCodes!: string[];

  @Column('text')
  visibility!: QuestionVisibility;

  /** Plain text; line breaks are kept. */
  @Column('text')
  text!: string;

  /** Null once the account that asked is erased. */
  @Column('uuid', { nullable: true })
  askedBy!: string | null;

  /** The asker's council when they asked, if they were an officer. */
  @Column('text', { nullable: true })
  askerCouncilCode!: string | null;

  @Column('timestamptz', { default: () => 'now()' })
  askedAt!: Date;

  /** When the first answer came: null while it waits. */
  @Column('timestamptz', { nullable: true })
  answeredAt!: Date | null;

  /** "Ask the adopters": how many officers it was emailed to; null when it was not emailed. */
  @Column('integer', { nullable: true })
  emailedCount!: number | null;
}
