import { type Actor, PolicyService } from '@lgx/api/core/auth';
import {
  type ConnectionShape,
  decodeCursor,
  encodeCursor,
  isUuid,
  pageSize,
  toConnection,
} from '@lgx/api/core/graphql';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, IsNull } from 'typeorm';

import { NotificationEntity, type NotificationKind } from './notification.entity';
import { notificationNotFound } from './notification.errors';
import type { Notification } from './notification.object';
import { toNotification } from './notification.view';

/** A signed-in account's notifications: newest first, the unread count, marking read. */
@Injectable()
export class NotificationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
  ) {}

  /**
   * One page, newest first, of every kind or of one: two queries whatever the
   * page size (the rows and the total).
   */
  async page(
    actor: Actor,
    first: number | undefined,
    after: string | undefined,
    kind?: NotificationKind,
  ): Promise<ConnectionShape<Notification>> {
    await this.policy.authorize(actor, { action: 'notification.read-own' });
    const size = pageSize(first);
    const query = this.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.accountId = :accountId', { accountId: actor.userId })
      .orderBy('n.createdAt', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .take(size + 1);
    if (kind) query.andWhere('n.kind = :kind', { kind });
    if (after) {
      const [createdAt, id] = decodeCursor(after, ['timestamp', 'uuid'] as const);
      query.andWhere('(n.createdAt, n.id) < (:createdAt, :id)', { createdAt, id });
    }
    const [rows, total] = await Promise.all([
      query.getMany(),
      this.dataSource
        .getRepository(NotificationEntity)
        .countBy({ accountId: actor.userId!, ...(kind ? { kind } : {}) }),
    ]);
    return toConnection(rows.map(toNotification), size, total, (row) =>
      encodeCursor([row.createdAt.toISOString(), row.id]),
    );
  }

  async unreadCount(actor: Actor): Promise<number> {
    await this.policy.authorize(actor, { action: 'notification.read-own' });
    return this.dataSource
      .getRepository(NotificationEntity)
      .countBy({ accountId: actor.userId!, readAt: IsNull() });
  }

  /** Marks one read (again is fine); another account's is as unknown as a missing one. */
  async markRead(actor: Actor, id: string): Promise<Notification> {
    const repository = this.dataSource.getRepository(NotificationEntity);
    const entity = isUuid(id) ? await repository.findOneBy({ id }) : null;
    if (
      !entity ||
      !this.policy.can(actor, {
        action: 'notification.mark-read',
        ownerAccountId: entity.accountId,
      })
    )
      throw notificationNotFound();
    if (!entity.readAt) {
      entity.readAt = new Date();
      await repository.update({ id, readAt: IsNull() }, { readAt: entity.readAt });
    }
    return toNotification(entity);
  }

  /** Marks every unread notification of the account read; returns how many were unread. */
  async markAllRead(actor: Actor): Promise<number> {
    await this.policy.authorize(actor, { action: 'notification.read-own' });
    const result = await this.dataSource
      .getRepository(NotificationEntity)
      .update({ accountId: actor.userId!, readAt: IsNull() }, { readAt: new Date() });
    return result.affected ?? 0;
  }
}
