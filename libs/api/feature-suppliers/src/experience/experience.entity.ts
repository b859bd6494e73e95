import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export type ExperienceStatus =
  'SUBMITTED' | 'CHANGES_REQUESTED' | 'PUBLISHED' | 'REJECTED' | 'REMOVED';
export type Attribution = 'NAMED' | 'ANONYMISED';

/** What a council bought from a supplier and how it went, rated by its officers. */
@Entity('supplier_experience')
export class ExperienceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column('text')
  councilCode!: string;

  @Index()
  @Column('uuid')
  supplierId!: string;

  @Column('text')
  product!: string;

  /** CPV code with check digit. */
  @Column('text')
  cpvCode!: string;

  @Column('date')
  contractStart!: string;

  @Index()
  @Column('date')
  contractEnd!: string;

  @Column('text', { default: '' })
  extensionOptions!: string;

  @Column('text')
  valueBand!: string;

  @Column('text')
  routeToMarket!: string;

  /** For framework routes, e.g. "G-Cloud 14". */
  @Column('text', { nullable: true })
  frameworkName!: string | null;

  @Column('text', { nullable: true })
  frameworkLot!: string | null;

  @Column('smallint')
  ratingDelivery!: number;

  @Column('smallint')
  ratingValueForMoney!: number;

  @Column('smallint')
  ratingSupport!: number;

  @Column('smallint')
  ratingInteroperability!: number;

  @Column('smallint')
  ratingExitAndDataPortability!: number;

  @Column('boolean')
  wouldBuyAgain!: boolean;

  @Column('text', { default: '' })
  whatWorked!: string;

  @Column('text', { default: '' })
  whatDidNotWork!: string;

  @Column('text', { default: '' })
  advice!: string;

  @Column('boolean')
  isCurrent!: boolean;

  @Column('text')
  attribution!: Attribution;

  @Index()
  @Column('text', { default: 'SUBMITTED' })
  status!: ExperienceStatus;

  /** The moderator's last message to the author (changes asked for, or why rejected). */
  @Column('text', { nullable: true })
  moderatorMessage!: string | null;

  @Column('uuid', { nullable: true })
  authorId!: string | null;

  @Column('timestamptz', { nullable: true })
  publishedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
