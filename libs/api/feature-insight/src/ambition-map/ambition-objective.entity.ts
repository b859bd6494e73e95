import { Column, Entity, PrimaryColumn } from 'typeorm';

/** How important a strategic objective is to a council, 1 to 5. */
@Entity('ambition_objective')
export class AmbitionObjectiveEntity {
  @PrimaryColumn('text')
  councilCode!: string;

  @PrimaryColumn('text')
  objective!: string;

  @Column('smallint', { nullable: true })
  importance!: number | null;
}
