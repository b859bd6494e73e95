import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * FOLLOWED: news of something the reader follows (for the digest).
 * ADDRESSED: addressed to them (a question, an answer, their group), sent at once.
 */
export type NotificationKind = 'FOLLOWED' | 'ADDRESSED';

/**
 * One thing one account is told of, built with that account's permissions
 * when it was delivered. `eventKey` makes delivery idempotent: an event
 * retried tells nobody twice.
 */
@Entity('notification')
@Index('notification_account_event_idx', ['accountId', 'eventKey'], { unique: true })
@Index('notification_account_page_idx', ['accountId', 'createdAt', 'id'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  accountId!: string;

  @Column('text')
  kind!: NotificationKind;

  /** The event's type, e.g. content.published. */
  @Column('text')
  event!: string;

  @Column('text')
  eventKey!: string;

  /** What it is about: case_study, component, supplier_experience, contract, procurement_group, question. */
  @Column('text')
  subjectType!: string;

  @Column('text')
  subjectId!: string;

  @Column('text')
  title!: string;

  /** Why the reader hears of it, e.g. "You follow Derby City Council". */
  @Column('text')
  reason!: string;

  /** The web app's path to the subject. */
  @Column('text')
  url!: string;

  /** The follow that brought it (its digest frequency applies); null when addressed. */
  @Column('uuid', { nullable: true })
  followId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { nullable: true })
  readAt!: Date | null;

  /** When an email (immediate or digest) carried it; unsent ones are the next digest's. */
  @Column('timestamptz', { nullable: true })
  emailedAt!: Date | null;
}
