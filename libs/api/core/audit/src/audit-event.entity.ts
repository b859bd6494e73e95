import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type AuditOutcome = 'success' | 'failure' | 'denied';

/**
 * One entry of the append-only audit log (a trigger refuses updates and
 * deletes). Personal data is kept to ids: no emails, names or addresses.
 */
@Entity('audit_event')
@Index('audit_event_occurred_at_idx', ['occurredAt', 'id'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column('timestamptz', { default: () => 'now()' })
  occurredAt!: Date;

  @Column('text', { nullable: true })
  requestId!: string | null;

  @Index()
  @Column('uuid', { nullable: true })
  actorUserId!: string | null;

  @Column('text', { nullable: true })
  actorCouncilCode!: string | null;

  /** The actor's role when it acted, e.g. "council admin", "visitor". */
  @Column('text')
  actorRole!: string;

  /** What was attempted, e.g. "sign-in", "council.members.change-role". */
  @Index()
  @Column('text')
  action!: string;

  @Column('text', { nullable: true })
  targetType!: string | null;

  @Column('text', { nullable: true })
  targetId!: string | null;

  @Column('text')
  outcome!: AuditOutcome;

  @Column('jsonb', { default: () => "'{}'" })
  details!: Record<string, unknown>;
}
