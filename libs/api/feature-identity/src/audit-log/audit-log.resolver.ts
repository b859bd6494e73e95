import { Access, type Actor, CurrentActor } from '@lgx/api/core/auth';
import { encodeCursor, PaginationArgs, toConnection } from '@lgx/api/core/graphql';
import { Args, Query, Resolver } from '@nestjs/graphql';

import { AuditEventsFilter } from './audit-log.input';
import { AuditEventConnection } from './audit-log.object';
import { AuditLogService } from './audit-log.service';
import { toAuditEvent } from './audit-log.view';

/** The audit log, newest first, for platform admins. */
@Resolver()
export class AuditLogResolver {
  constructor(private readonly auditLog: AuditLogService) {}

  @Access.platformRole('ADMIN')
  @Query(() => AuditEventConnection)
  async auditEvents(
    @CurrentActor() actor: Actor,
    @Args() pagination: PaginationArgs,
    @Args('filter', { type: () => AuditEventsFilter, nullable: true }) filter?: AuditEventsFilter,
  ) {
    const { rows, size, total } = await this.auditLog.page(actor, pagination, filter);
    return toConnection(rows.map(toAuditEvent), size, total, (event) => encodeCursor([event.id]));
  }
}
