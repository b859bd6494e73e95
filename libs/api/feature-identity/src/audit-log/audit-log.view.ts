import type { AuditEventEntity } from '@lgx/api/core/audit';

import type { AuditEvent } from './audit-log.object';

export function toAuditEvent(entity: AuditEventEntity): AuditEvent {
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
