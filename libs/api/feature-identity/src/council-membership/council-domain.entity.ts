import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** An email domain that belongs to one council (e.g. derby.gov.uk to DER). */
@Entity('council_domain')
export class CouncilDomainEntity {
  @PrimaryColumn('text')
  domain!: string;

  @Index()
  @Column('text')
  councilCode!: string;

  @Column('uuid', { nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
