import { AuditEventEntity } from '@lgx/api/core/audit';
import { Access, type Actor, CurrentActor, PolicyService } from '@lgx/api/core/auth';
import {
  decodeCursor,
  encodeCursor,
  ERROR_CODES,
  invalidCursor,
  pageSize,
  PaginationArgs,
  toConnection,
  UserFacingError,
} from '@lgx/api/core/graphql';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { type AuditEvent, AuditEventConnection, AuditEventsFilter } from '../identity.objects';

function toAuditEvent(entity: AuditEventEntity): AuditEvent {
  return {
    id: entity.id,
    occurredAt: entity.occurredAt,
    requestId: entity.requestId,
    actorAccountId: entity.actorUserId,
    actorCouncilCode: entity.actorCouncilCode,
    actorRole: entity.actorRole,
    action: entity.action,
    targetType: entity.targetType,
    targetId: entity.targetId,
    outcome: entity.outcome,
    details: JSON.stringify(entity.details),
  };
}

/** The audit log, newest first, for platform admins. */
@Resolver()
export class AuditLogResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
  ) {}

  @Access.platformRole('ADMIN')
  @Query(() => AuditEventConnection)
  async auditEvents(
    @CurrentActor() actor: Actor,
    @Args() { first, after }: PaginationArgs,
    @Args('filter', { type: () => AuditEventsFilter, nullable: true }) filter?: AuditEventsFilter,
  ) {
    await this.policy.authorize(actor, { action: 'audit.read' });
    const size = pageSize(first);
    const query = this.dataSource.getRepository(AuditEventEntity).createQueryBuilder('event');
    if (filter?.action)
      query.andWhere('event.action LIKE :action', {
        action: `${filter.action.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    if (filter?.outcome) query.andWhere('event.outcome = :outcome', { outcome: filter.outcome });
    if (filter?.actorAccountId && !/^[0-9a-f-]{36}$/i.test(filter.actorAccountId)) {
      throw new UserFacingError(
        ERROR_CODES.BAD_USER_INPUT,
        'actorAccountId must be an account id.',
        { field: 'actorAccountId' },
      );
    }
    if (filter?.actorAccountId)
      query.andWhere('event.actorUserId = :actorId', { actorId: filter.actorAccountId });
    const total = await query.getCount();
    if (after) {
      const [id] = decodeCursor(after, ['string'] as const);
      if (!/^\d{1,19}$/.test(id)) throw invalidCursor();
      query.andWhere('event.id < :id', { id });
    }
    const rows = await query
      .orderBy('event.id', 'DESC')
      .take(size + 1)
      .getMany();
    return toConnection(rows.map(toAuditEvent), size, total, (event) => encodeCursor([event.id]));
  }
}
