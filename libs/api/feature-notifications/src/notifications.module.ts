import { Module } from '@nestjs/common';

import { FollowResolver } from './follow/follow.resolver';
import { FollowService } from './follow/follow.service';
import { FollowTargetService } from './follow/follow-target.service';
import { ContentDocumentReader } from './notification/content-document.reader';
import { NotificationResolver } from './notification/notification.resolver';
import { NotificationService } from './notification/notification.service';
import { NotificationAddressedService } from './notification/notification-addressed.service';
import { NotificationDeliveryService } from './notification/notification-delivery.service';
import { NotificationEventsConsumer } from './notification/notification-events.consumer';
import { NotificationFanOut } from './notification/notification-fan-out.service';
import { ReaderScopeService } from './notification/reader-scope.service';

/**
 * Follows (councils, topics, components, suppliers, groups, saved searches)
 * and in-app notifications. Recorded events arrive through
 * NotificationEventsConsumer, which the job queue calls.
 */
@Module({
  providers: [
    FollowService,
    FollowTargetService,
    FollowResolver,
    NotificationService,
    NotificationResolver,
    ReaderScopeService,
    ContentDocumentReader,
    NotificationDeliveryService,
    NotificationAddressedService,
    NotificationFanOut,
    NotificationEventsConsumer,
  ],
  exports: [NotificationEventsConsumer, NotificationFanOut],
})
export class NotificationsModule {}
