import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A procurement group the renewal radar suggested to a council: told once (migration 1796660000002). */
@Entity('radar_suggestion')
export class RadarSuggestionEntity {
  @PrimaryColumn('text')
  councilCode!: string;

  @PrimaryColumn('uuid')
  groupId!: string;

  /** The council's public contract, ending soon, that brought the group to its radar. */
  @Column('text')
  ocid!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
