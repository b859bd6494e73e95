import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * Which version of its content type's documents a Meilisearch index was
 * last built with (IndexDefinition.documentVersion). When a search source
 * starts writing documents differently, its version goes up and the index is
 * rebuilt at start-up, as settings are applied when they differ.
 */
@Entity('search_index_state')
export class SearchIndexStateEntity {
  /** The Meilisearch index uid, with the configured prefix. */
  @PrimaryColumn('text')
  indexUid!: string;

  @Column('integer')
  documentVersion!: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  builtAt!: Date;
}
