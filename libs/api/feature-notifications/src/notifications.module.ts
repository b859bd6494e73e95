import { PersonalDataModule } from '@lgx/api/core/contracts';
import { Module } from '@nestjs/common';

import { AddressedEmailService } from './email/addressed-email.service';
import { DigestService } from './email/digest.service';
import { EmailPreferencesResolver } from './email/email-preferences.resolver';
import { EmailPreferencesService } from './email/email-preferences.service';
import { NotificationMailer } from './email/notification-mailer.service';
import { SendTimeReader } from './email/send-time-reader.service';
import { UnsubscribeController } from './email/unsubscribe.controller';
import { UnsubscribeLinks } from './email/unsubscribe-links.service';
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
import { NotificationRetentionService } from './notification/notification-retention.service';
import { ReaderScopeService } from './notification/reader-scope.service';
import { NotificationsPersonalData } from './notifications-personal-data.source';

/**
 * Follows (councils, topics, components, suppliers, groups, saved searches)
 * and in-app notifications. Recorded events arrive through
 * NotificationEventsConsumer, which the job queue calls.
 */
@Module({
  imports: [PersonalDataModule],
  controllers: [UnsubscribeController],
  providers: [
    EmailPreferencesService,
    EmailPreferencesResolver,
    UnsubscribeLinks,
    SendTimeReader,
    NotificationMailer,
    AddressedEmailService,
    DigestService,
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
    NotificationsPersonalData,
    NotificationRetentionService,
  ],
  exports: [
    NotificationEventsConsumer,
    NotificationFanOut,
    DigestService,
    AddressedEmailService,
    NotificationRetentionService,
  ],
})
export class NotificationsModule {}
