import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export type AccountStatus = 'active' | 'disabled' | 'deleted';

/** A person's account. A verified email on a council's domain makes them an officer of it. */
@Entity('account')
export class AccountEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Lower case; null once the account is deleted. */
  @Column('text', { nullable: true, unique: true })
  email!: string | null;

  @Column('timestamptz', { nullable: true })
  emailVerifiedAt!: Date | null;

  @Column('text')
  name!: string;

  @Column('text')
  jobTitle!: string;

  /** Argon2id PHC string; null for accounts that only use single sign-on. */
  @Column('text', { nullable: true })
  passwordHash!: string | null;

  @Column('text', { default: 'active' })
  status!: AccountStatus;

  @Column('text', { nullable: true })
  platformRole!: 'MODERATOR' | 'ADMIN' | null;

  /** The TOTP secret, encrypted with the server's secret key. */
  @Column('text', { nullable: true })
  mfaSecret!: string | null;

  /** A secret being enrolled, not yet confirmed with a code. */
  @Column('text', { nullable: true })
  mfaPendingSecret!: string | null;

  @Column('timestamptz', { nullable: true })
  mfaEnabledAt!: Date | null;

  /** The last TOTP time step accepted, so a code cannot be used twice. */
  @Column('bigint', { nullable: true })
  mfaLastStep!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
