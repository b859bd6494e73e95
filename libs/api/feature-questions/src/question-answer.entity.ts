import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { QuestionEntity } from './question.entity';

/** An answer to a question, by an officer of a council it was put to; seen by whoever sees the question. */
@Entity('question_answer')
@Index('IDX_question_answer_question', ['questionId', 'answeredAt'])
@Index('IDX_question_answer_answered_by', ['answeredBy'])
export class QuestionAnswerEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  questionId!: string;

  @ManyToOne(() => QuestionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id', foreignKeyConstraintName: 'FK_question_answer_question' })
  question?: QuestionEntity;

  /** Plain text; line breaks are kept. */
  @Column('text')
  text!: string;

  /** Null once the account that answered is erased. */
  @Column('uuid', { nullable: true })
  answeredBy!: string | null;

  /** The council it answered for. */
  @Column('text')
  councilCode!: string;

  @Column('timestamptz', { default: () => 'now()' })
  answeredAt!: Date;
}
