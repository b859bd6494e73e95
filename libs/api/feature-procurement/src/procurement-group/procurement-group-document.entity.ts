import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A file shared in a group, for its member councils only; its type was recognised from its content. */
@Entity('procurement_group_document')
export class ProcurementGroupDocumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column('uuid')
  groupId!: string;

  @Column('text')
  filename!: string;

  @Column('text')
  contentType!: string;

  @Column('integer')
  size!: number;

  @Column('text')
  storageKey!: string;

  @Column('text')
  councilCode!: string;

  @Column('uuid', { nullable: true })
  uploadedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
