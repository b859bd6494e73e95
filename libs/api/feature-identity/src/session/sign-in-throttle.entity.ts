import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Failed sign-ins per account and per IP address, for throttling. */
@Entity('sign_in_throttle')
export class SignInThrottleEntity {
  /** "account:<id or email hash>" or "ip:<address hash>". */
  @PrimaryColumn('text')
  key!: string;

  @Column('integer')
  failures!: number;

  @Column('timestamptz')
  windowStartedAt!: Date;

  @Column('timestamptz', { nullable: true })
  lockedUntil!: Date | null;
}
