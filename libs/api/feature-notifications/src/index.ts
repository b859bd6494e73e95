import { EmailPreferencesResolver } from './email/email-preferences.resolver';
import { FollowEntity } from './follow/follow.entity';
import { FollowResolver } from './follow/follow.resolver';
import { NotificationEntity } from './notification/notification.entity';
import { NotificationResolver } from './notification/notification.resolver';

export * from './email/addressed-email.service';
export * from './email/digest.service';
export * from './email/digest-period';
export * from './email/unsubscribe-links.service';
export * from './follow/follow.rules';
export { NotYetIndexedError } from './notification/notification.errors';
export * from './notification/notification-events.consumer';
export * from './notification/notification-fan-out.service';
export * from './notification/notification-retention.service';
export * from './notifications.module';
export { FollowEntity, NotificationEntity };

export const NOTIFICATION_ENTITIES = [FollowEntity, NotificationEntity];

export { EmailPreferencesResolver, FollowResolver, NotificationResolver };
/** The resolvers, for the schema printer. */
export const NOTIFICATION_RESOLVERS = [
  FollowResolver,
  NotificationResolver,
  EmailPreferencesResolver,
];
