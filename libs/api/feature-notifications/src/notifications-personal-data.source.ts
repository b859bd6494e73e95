import { PersonalData, PersonalDataSource } from '@lgx/api/core/contracts';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { EmailPreferencesService } from './email/email-preferences.service';
import type { FollowEntity } from './follow/follow.entity';
import { describeSearch, searchPath } from './follow/follow.rules';

/**
 * How many of a person's notifications the export carries, newest first:
 * enough to show what they were told lately, bounded so one export stays one
 * response. Older ones are counted, and the export says so.
 */
export const EXPORTED_NOTIFICATIONS = 1_000;

type FollowRow = Pick<FollowEntity, 'kind' | 'targetKey' | 'search' | 'digest' | 'createdAt'>;

/** A person's follows, saved searches, email preferences and notifications, for their data export. */
@Injectable()
export class NotificationsPersonalData extends PersonalDataSource implements OnModuleInit {
  readonly section = 'following';

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly preferences: EmailPreferencesService,
    private readonly registry: PersonalData,
  ) {
    super();
  }

  onModuleInit(): void {
    this.registry.register(this);
  }

  async export(accountId: string) {
    const follows = (await this.dataSource.query(
      `SELECT kind, target_key AS "targetKey", search, digest, created_at AS "createdAt"
         FROM follow WHERE account_id = $1 ORDER BY created_at, id`,
      [accountId],
    )) as FollowRow[];
    return {
      follows: follows
        .filter((follow) => !follow.search)
        .map((follow) => ({
          kind: follow.kind,
          target: follow.targetKey,
          digest: follow.digest,
          since: follow.createdAt,
        })),
      savedSearches: follows.flatMap(({ search, digest, createdAt }) =>
        search
          ? [
              {
                name: describeSearch(search),
                path: searchPath(search),
                search,
                digest,
                since: createdAt,
              },
            ]
          : [],
      ),
      emailPreferences: await this.preferences.of(accountId),
      notifications: await this.notifications(accountId),
    };
  }

  private async notifications(accountId: string) {
    const [{ total }] = (await this.dataSource.query(
      `SELECT count(*)::int AS total FROM notification WHERE account_id = $1`,
      [accountId],
    )) as [{ total: number }];
    const items = await this.dataSource.query(
      `SELECT kind, event, subject_type AS "subjectType", subject_id AS "subjectId", title, reason,
              url, created_at AS "createdAt", read_at AS "readAt", emailed_at AS "emailedAt"
         FROM notification WHERE account_id = $1
        ORDER BY created_at DESC, id DESC LIMIT $2`,
      [accountId, EXPORTED_NOTIFICATIONS],
    );
    return {
      total,
      included: items.length,
      note:
        total > items.length
          ? `Only your ${items.length} most recent notifications of ${total} are included.`
          : null,
      items,
    };
  }
}
