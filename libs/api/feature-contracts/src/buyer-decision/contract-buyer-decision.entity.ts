import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A platform admin's decision for a buyer name the matcher was unsure of,
 * remembered by the name's key (buyerNameKey: case, punctuation and a
 * leading "The" ignored), so every later notice under that name follows it.
 */
@Entity('contract_buyer_decision')
export class ContractBuyerDecisionEntity {
  @PrimaryColumn('text')
  nameKey!: string;

  /** The name as first decided on, for the admin's list. */
  @Column('text')
  buyerName!: string;

  /** The council the buyer is; null when the admin said it is not a council. */
  @Column('text', { nullable: true })
  councilCode!: string | null;

  @Column('uuid', { nullable: true })
  decidedBy!: string | null;

  @Column('timestamptz', { default: () => 'now()' })
  decidedAt!: Date;
}
