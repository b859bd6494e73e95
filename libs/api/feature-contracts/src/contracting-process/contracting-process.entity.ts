import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Where a contract date came from, most certain last. */
export type ContractDateSource = 'TENDER_ESTIMATE' | 'AWARD' | 'CONTRACT';
/** How sure a date is: a buyer's estimate at tender, expected at award, or as the contract states. */
export type ContractDateCertainty = 'ESTIMATED' | 'EXPECTED' | 'CONFIRMED';
/**
 * How the buyer was matched to the register: by an identifier the register
 * knows, by name, by a platform admin's remembered decision; or not: unsure
 * (listed for an admin) or surely not a principal council.
 */
export type BuyerMatchHow = 'IDENTIFIER' | 'NAME' | 'DECIDED' | 'UNMATCHED' | 'NOT_A_COUNCIL';

/**
 * One public contracting process (one OCDS `ocid`), compiled from its releases
 * in date order, with the fields LGX reads from it.
 */
@Entity('contracting_process')
export class ContractingProcessEntity {
  @PrimaryColumn('text')
  ocid!: string;

  @Column('text', { nullable: true })
  title!: string | null;

  @Column('text', { nullable: true })
  description!: string | null;

  /** The buyer's name exactly as the notice published it. */
  @Column('text', { nullable: true })
  buyerName!: string | null;

  @Column('text', { nullable: true })
  buyerIdentifierScheme!: string | null;

  @Column('text', { nullable: true })
  buyerIdentifierId!: string | null;

  /** The council in the register, when the buyer was matched to one. */
  @Index('contracting_process_buyer_council_code')
  @Column('text', { nullable: true })
  buyerCouncilCode!: string | null;

  /** buyerNameKey(buyerName): what an admin's decision is remembered by. */
  @Index('contracting_process_buyer_name_key')
  @Column('text', { nullable: true })
  buyerNameKey!: string | null;

  @Column('text', { nullable: true })
  buyerMatch!: BuyerMatchHow | null;

  /** Why the matcher matched or did not (its reason, for the admin's list). */
  @Column('text', { nullable: true })
  buyerMatchNote!: string | null;

  /** Register codes the buyer might be, best first, when unmatched. */
  @Column('text', { array: true, default: () => "'{}'" })
  buyerCandidates!: string[];

  /** As stated; numeric keeps every digit of the published amount. */
  @Column('numeric', { nullable: true })
  valueAmount!: string | null;

  /** As stated: null when the release gave none, never guessed. */
  @Column('text', { nullable: true })
  valueCurrency!: string | null;

  @Column('text', { nullable: true })
  valueSource!: ContractDateSource | null;

  @Index('contracting_process_cpv_main')
  @Column('text', { nullable: true })
  cpvMain!: string | null;

  @Column('text', { array: true, default: () => "'{}'" })
  cpvAdditional!: string[];

  /** OCDS procurementMethod (open, selective, limited, direct). */
  @Column('text', { nullable: true })
  procurementMethod!: string | null;

  @Column('text', { nullable: true })
  procurementMethodDetails!: string | null;

  /** Null when the release does not say. */
  @Column('boolean', { nullable: true })
  isFramework!: boolean | null;

  @Column('boolean', { nullable: true })
  isDynamicMarket!: boolean | null;

  @Column('timestamptz', { nullable: true })
  contractStart!: Date | null;

  @Column('text', { nullable: true })
  contractStartSource!: ContractDateSource | null;

  @Column('text', { nullable: true })
  contractStartCertainty!: ContractDateCertainty | null;

  @Index('contracting_process_contract_end')
  @Column('timestamptz', { nullable: true })
  contractEnd!: Date | null;

  @Column('text', { nullable: true })
  contractEndSource!: ContractDateSource | null;

  @Column('text', { nullable: true })
  contractEndCertainty!: ContractDateCertainty | null;

  /** The latest possible end with every extension, when stated. */
  @Column('timestamptz', { nullable: true })
  maxExtentDate!: Date | null;

  @Column('text', { nullable: true })
  maxExtentDateSource!: ContractDateSource | null;

  @Column('text', { nullable: true })
  maxExtentDateCertainty!: ContractDateCertainty | null;

  /** Notice pages on Contracts Finder or Find a Tender. */
  @Column('text', { array: true, default: () => "'{}'" })
  noticeUrls!: string[];

  /** The newest release merged so far: a release older than it makes the process recompile. */
  @Column('timestamptz')
  lastReleaseDate!: Date;

  @Column('text')
  lastReleaseId!: string;

  @Column('integer')
  releaseCount!: number;

  /** The compiled release (OCDS merge of every release so far). */
  @Column('jsonb')
  compiledRelease!: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** What an import touched: it counts the processes updated since it began. */
  @Index('contracting_process_updated_at')
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
