import type { NotificationEntity } from './notification.entity';
import type { Notification } from './notification.object';

export function toNotification(entity: NotificationEntity): Notification {
  return {
    id: entity.id,
    kind: entity.kind,
    event: entity.event,
    subjectType: entity.subjectType,
    subjectId: entity.subjectId,
    title: entity.title,
    reason: entity.reason,
    url: entity.url,
    createdAt: entity.createdAt,
    readAt: entity.readAt,
  };
}
