import type {
  AmbitionBarrier,
  AmbitionPlan,
  AmbitionPotential,
  AmbitionReadiness,
} from '@lgx/shared/domain';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One council's answers for one objective and technology. One row per
 * council and cell, so the sector map counts councils per cell with a plain
 * GROUP BY (and can hold back a cell answered by too few).
 */
@Entity('ambition_cell')
@Index('IDX_ambition_cell_objective_technology', ['objective', 'technology'])
export class AmbitionCellEntity {
  @PrimaryColumn('text')
  councilCode!: string;

  @PrimaryColumn('text')
  objective!: string;

  @PrimaryColumn('text')
  technology!: string;

  @Column('text', { nullable: true })
  potential!: AmbitionPotential | null;

  @Column('text', { nullable: true })
  plan!: AmbitionPlan | null;

  @Column('text', { array: true, default: () => "'{}'" })
  barriers!: AmbitionBarrier[];

  @Column('text', { nullable: true })
  readiness!: AmbitionReadiness | null;

  /** Evidence for PILOTING or LIVE: one of the council's published case studies... */
  @Column('uuid', { nullable: true })
  evidenceCaseStudyId!: string | null;

  /** ...or one of its component adoptions. */
  @Column('uuid', { nullable: true })
  evidenceAdoptionId!: string | null;
}
