import { FollowEntity } from './follow/follow.entity';
import { NotificationEntity } from './notification/notification.entity';

export * from './follow/follow.rules';
export { NotYetIndexedError } from './notification/notification.errors';
export * from './notification/notification-events.consumer';
export * from './notification/notification-fan-out.service';
export * from './notifications.module';
export { FollowEntity, NotificationEntity };

export const NOTIFICATION_ENTITIES = [FollowEntity, NotificationEntity];
