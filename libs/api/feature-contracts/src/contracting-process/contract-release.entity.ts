import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * Every release imported, as published: what a process is recompiled from
 * when an older release arrives after a newer one, and how a second import of
 * the same file knows it has seen a release (ocid + id + date).
 */
@Entity('contract_release')
export class ContractReleaseEntity {
  @PrimaryColumn('text')
  ocid!: string;

  @PrimaryColumn('text')
  releaseId!: string;

  /** The release's date exactly as published. */
  @PrimaryColumn('text')
  releaseDate!: string;

  /** The same date as an instant, for ordering. */
  @Column('timestamptz')
  releasedAt!: Date;

  @Column('jsonb')
  release!: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  importedAt!: Date;
}
