import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A server-side session. The cookie holds a random token; only its SHA-256 is stored. */
@Entity('session')
export class SessionEntity {
  @PrimaryColumn('text')
  id!: string;

  @Index()
  @Column('uuid')
  accountId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz')
  lastSeenAt!: Date;

  /** The absolute end, whatever the activity. */
  @Column('timestamptz')
  expiresAt!: Date;

  @Column('boolean', { default: false })
  mfaVerified!: boolean;

  @Column('timestamptz', { nullable: true })
  revokedAt!: Date | null;
}
