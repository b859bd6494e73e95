import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A one-use MFA recovery code. Only its SHA-256 is stored. */
@Entity('mfa_recovery_code')
export class RecoveryCodeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column('uuid')
  accountId!: string;

  @Column('text')
  codeHash!: string;

  @Column('timestamptz', { nullable: true })
  usedAt!: Date | null;
}
