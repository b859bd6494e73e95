import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** A company councils buy from. A merged supplier points at the one it was merged into. */
@Entity('supplier')
@Index('supplier_company_number_live_idx', ['companyNumber'], {
  unique: true,
  where: '"merged_into_id" IS NULL',
})
export class SupplierEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  name!: string;

  /** Companies House number, normalised (upper case, no spaces). */
  @Column('text', { nullable: true })
  companyNumber!: string | null;

  @Column('text', { nullable: true })
  website!: string | null;

  /** What it sells, in words. */
  @Column('text', { default: '' })
  productsAndServices!: string;

  /** CPV codes with check digit. */
  @Column('text', { array: true, default: () => "'{}'" })
  cpvCodes!: string[];

  /** False for an entry made from a public contract notice, until a moderator checks it. */
  @Column('boolean', { default: true })
  verified!: boolean;

  @Index()
  @Column('uuid', { nullable: true })
  mergedIntoId!: string | null;

  @Column('uuid', { nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
