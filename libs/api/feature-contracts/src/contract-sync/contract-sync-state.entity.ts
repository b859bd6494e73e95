import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * Where the sync of one public API stands, so a restart or a failure resumes
 * where it stopped. A window [windowFrom, windowTo] is read page by page; the
 * next page's link is saved only after the releases of the page before it are
 * stored, and the window closes (syncedTo = windowTo) after its last page.
 */
@Entity('contract_sync_state')
export class ContractSyncStateEntity {
  /** find-a-tender or contracts-finder. */
  @PrimaryColumn('text')
  source!: string;

  /** Every change published before this instant is stored. */
  @Column('timestamptz')
  syncedTo!: Date;

  /** The window being read, or null between passes. */
  @Column('timestamptz', { nullable: true })
  windowFrom!: Date | null;

  @Column('timestamptz', { nullable: true })
  windowTo!: Date | null;

  /** The window's next page to fetch; null means its first page. */
  @Column('text', { nullable: true })
  nextUrl!: string | null;

  /** When a pass last reached the end of its window. */
  @Column('timestamptz', { nullable: true })
  lastSuccessAt!: Date | null;

  @Column('text', { nullable: true })
  lastError!: string | null;

  @Column('timestamptz', { nullable: true })
  lastErrorAt!: Date | null;

  @Column('integer', { default: 0 })
  errorsTotal!: number;

  @Column('integer', { default: 0 })
  pagesTotal!: number;

  /** Releases read from the API (valid or refused), over every pass. */
  @Column('integer', { default: 0 })
  releasesTotal!: number;

  @Column('integer', { default: 0 })
  refusedTotal!: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
