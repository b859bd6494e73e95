import { AuditEventEntity } from '@lgx/api/core/audit';
import { type Actor, PolicyService } from '@lgx/api/core/auth';
import {
  decodeCursor,
  ERROR_CODES,
  invalidCursor,
  pageSize,
  type PaginationArgs,
  UserFacingError,
} from '@lgx/api/core/graphql';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import type { AuditEventsFilter } from './audit-log.input';

/** Reads the audit log (written by core/audit), newest first, for platform admins. */
@Injectable()
export class AuditLogService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
  ) {}

  /** One page of events after the cursor: its size, size + 1 rows (the last tells there is a next page), and the total. */
  async page(
    actor: Actor,
    { first, after }: PaginationArgs,
    filter?: AuditEventsFilter,
  ): Promise<{ rows: AuditEventEntity[]; size: number; total: number }> {
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
    return { rows, size, total };
  }
}
