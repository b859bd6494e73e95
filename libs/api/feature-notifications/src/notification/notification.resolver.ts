import { Access, type Actor, CurrentActor } from '@lgx/api/core/auth';
import { PaginationArgs } from '@lgx/api/core/graphql';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';

import type { NotificationKind } from './notification.entity';
import { Notification, NotificationConnection, NotificationKindEnum } from './notification.object';
import { NotificationService } from './notification.service';

@Resolver(() => Notification)
export class NotificationResolver {
  constructor(private readonly service: NotificationService) {}

  @Access.signedIn()
  @Query(() => NotificationConnection, {
    description: 'Your notifications, newest first; only those of one kind when given.',
  })
  notifications(
    @CurrentActor() actor: Actor,
    @Args() { first, after }: PaginationArgs,
    @Args('kind', {
      type: () => NotificationKindEnum,
      nullable: true,
      description: 'FOLLOWED for news of what you follow, ADDRESSED for what is for you.',
    })
    kind?: NotificationKind | null,
  ) {
    return this.service.page(actor, first, after, kind ?? undefined);
  }

  @Access.signedIn()
  @Query(() => Int, { description: 'How many of your notifications are unread.' })
  unreadNotificationCount(@CurrentActor() actor: Actor) {
    return this.service.unreadCount(actor);
  }

  @Access.signedIn()
  @Mutation(() => Notification, { description: 'Marks one of your notifications read.' })
  markNotificationRead(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.markRead(actor, id);
  }

  @Access.signedIn()
  @Mutation(() => Int, {
    description: 'Marks all your notifications read; returns how many were unread.',
  })
  markAllNotificationsRead(@CurrentActor() actor: Actor) {
    return this.service.markAllRead(actor);
  }
}
