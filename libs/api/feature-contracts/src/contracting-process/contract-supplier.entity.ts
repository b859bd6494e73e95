import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A supplier awarded in a contracting process, as published. */
@Entity('contract_supplier')
@Index('contract_supplier_unlinked', ['ocid'], { where: '"supplier_id" IS NULL' })
export class ContractSupplierEntity {
  @PrimaryColumn('text')
  ocid!: string;

  /** Its order among the process's suppliers. */
  @PrimaryColumn('integer')
  position!: number;

  @Column('text')
  name!: string;

  /** From a GB-COH identifier, when the release has one. */
  @Index('contract_supplier_companies_house_number')
  @Column('text', { nullable: true })
  companiesHouseNumber!: string | null;

  @Column('text', { nullable: true })
  identifierScheme!: string | null;

  @Column('text', { nullable: true })
  identifierId!: string | null;

  /** The supplier directory entry it is (SupplierDirectoryLinks); null until linked. */
  @Index('contract_supplier_supplier_id')
  @Column('uuid', { nullable: true })
  supplierId!: string | null;

  /**
   * The radar's end of its contract (latest possible end, else end) when the
   * contract is a council's with a CPV code, else null: kept by the database
   * from the process (migration 1796640000000), never written here.
   */
  @Column({ type: 'timestamptz', nullable: true, insert: false, update: false, select: false })
  radarEnd?: Date | null;
}
