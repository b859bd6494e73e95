import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A question an officer put to a component's adopters; the text went by email, and is kept for the record. */
@Entity('component_question')
export class ComponentQuestionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column('uuid')
  componentId!: string;

  @Index()
  @Column('uuid')
  askedBy!: string;

  @Column('text')
  askerCouncilCode!: string;

  @Column('text')
  question!: string;

  /** How many officers it was sent to. */
  @Column('integer')
  recipientCount!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
