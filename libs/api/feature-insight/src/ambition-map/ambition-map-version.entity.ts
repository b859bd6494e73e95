import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** What a snapshot records: a save of answers, or a change of who may read the map. */
export type AmbitionMapChangeKind = 'SAVE' | 'PUBLISH' | 'UNPUBLISH';

/** The whole map as it was after one change, so a council sees how its map changed. */
export interface AmbitionSnapshot {
  objectives: { objective: string; importance: number | null }[];
  cells: {
    objective: string;
    technology: string;
    potential: string | null;
    plan: string | null;
    barriers: string[];
    readiness: string | null;
    evidenceCaseStudyId: string | null;
    evidenceAdoptionId: string | null;
  }[];
}

/** A dated snapshot of a council's map after each save, publish or unpublish. */
@Entity('ambition_map_version')
@Index('UQ_ambition_map_version', ['councilCode', 'version'], { unique: true })
export class AmbitionMapVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  councilCode!: string;

  @Column('integer')
  version!: number;

  @Column('text')
  kind!: AmbitionMapChangeKind;

  @Column('jsonb')
  snapshot!: AmbitionSnapshot;

  /** Null once the account is erased. */
  @Column('uuid', { nullable: true })
  savedBy!: string | null;

  @Column('timestamptz', { default: () => 'now()' })
  savedAt!: Date;
}
