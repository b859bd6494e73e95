import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A council's digital ambition map: one per council, private to its officers
 * until its admins publish it. Its answers are the objective and cell rows;
 * every save also keeps a dated snapshot (ambition_map_version).
 */
@Entity('ambition_map')
export class AmbitionMapEntity {
  @PrimaryColumn('text')
  councilCode!: string;

  @Column('boolean', { default: false })
  published!: boolean;

  @Column('timestamptz', { nullable: true })
  publishedAt!: Date | null;

  /** The number of the latest snapshot; 0 before the first save. */
  @Column('integer', { default: 0 })
  version!: number;

  @Column('timestamptz', { default: () => 'now()' })
  updatedAt!: Date;
}
