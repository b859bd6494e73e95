import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A post in a group's discussion, for its member councils only. */
@Entity('procurement_group_message')
export class ProcurementGroupMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column('uuid')
  groupId!: string;

  @Column('text')
  councilCode!: string;

  @Column('uuid', { nullable: true })
  authorId!: string | null;

  @Column('text')
  authorName!: string;

  /** Plain text, shown as text (never as HTML). */
  @Column('text')
  body!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
