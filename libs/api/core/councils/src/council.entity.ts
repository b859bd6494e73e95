import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** One local authority from the register, current or former. */
@Entity('council')
@Index('council_name_code_idx', ['niceName', 'code'])
export class CouncilEntity {
  /** The register's three- or four-letter local-authority-code, e.g. DER. */
  @PrimaryColumn('text')
  code!: string;

  /** ONS GSS code, e.g. E06000015. A few former and combined authorities have none. */
  @Column('text', { nullable: true, unique: true })
  gssCode!: string | null;

  @Column('text')
  officialName!: string;

  /** The short name people use, e.g. "Derby". */
  @Column('text')
  niceName!: string;

  /** Other spellings people use, comma-separated as in the register (names may hold commas). */
  @Column('text', { nullable: true })
  altNames!: string | null;

  @Index()
  @Column('text')
  typeCode!: string;

  @Index()
  @Column('text')
  nation!: string;

  @Index()
  @Column('text', { nullable: true })
  region!: string | null;

  @Column('text', { nullable: true })
  countyCode!: string | null;

  @Column('text', { nullable: true })
  combinedAuthorityCode!: string | null;

  @Column('text', { nullable: true })
  govUkSlug!: string | null;

  @Column('integer', { nullable: true })
  population!: number | null;

  @Column('double precision', { nullable: true })
  areaKm2!: number | null;

  @Column('double precision', { nullable: true })
  latitude!: number | null;

  @Column('double precision', { nullable: true })
  longitude!: number | null;

  @Column('date', { nullable: true })
  startDate!: string | null;

  @Column('date', { nullable: true })
  endDate!: string | null;

  @Index()
  @Column('boolean')
  isCurrent!: boolean;

  /** Codes of the authorities that took over from this one. */
  @Column('text', { array: true, default: () => "'{}'" })
  replacedBy!: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
