import { JobQueue } from '@lgx/api/core/jobs';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import type { NotificationKind } from './notification.entity';

/** The job that emails one ADDRESSED notification (email/addressed-email.service.ts handles it). */
export const ADDRESSED_EMAIL_JOB = 'notifications.email-addressed';

/** One notification to deliver to one account. */
export interface Delivery {
  accountId: string;
  kind: NotificationKind;
  reason: string;
  followId: string | null;
  /** Already emailed by other means (ask the adopters): stored as emailed, and not emailed again. */
  emailed?: boolean;
}

/** What every delivery of one event shares. */
export interface EventSubject {
  event: string;
  /** The same for every retry of the event: (account, eventKey) is told once. */
  eventKey: string;
  subjectType: string;
  subjectId: string;
  title: string;
  url: string;
}

const CHUNK = 5_000;

type Inserted = { id: string; kind: NotificationKind; emailed: boolean };

/** Writes notifications in bulk, each (account, event) at most once however often an event is retried. */
@Injectable()
export class NotificationDeliveryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
  ) {}

  /** Returns how many were new. An account listed twice keeps its first (addressed before followed). */
  async deliver(subject: EventSubject, deliveries: readonly Delivery[]): Promise<number> {
    const seen = new Set<string>();
    const unique = deliveries.filter((delivery) => {
      if (seen.has(delivery.accountId)) return false;
      seen.add(delivery.accountId);
      return true;
    });
    let added = 0;
    for (let start = 0; start < unique.length; start += CHUNK) {
      const chunk = unique.slice(start, start + CHUNK);
      const rows = await this.dataSource.transaction(async (manager) => {
        const inserted: Inserted[] = await manager.query(
          `INSERT INTO notification (account_id, kind, reason, follow_id, event, event_key,
                                   subject_type, subject_id, title, url, emailed_at)
         SELECT d.account_id, kind, reason, follow_id, $5, $6, $7, $8, $9, $10,
                CASE WHEN emailed THEN now() END
           FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $11::boolean[])
                AS d(account_id, kind, reason, follow_id, emailed)
           -- Only to accounts still active, held until this commits: an account deleted
           -- meanwhile either waits for this (its erasure then removes the rows) or is left out.
           JOIN account a ON a.id = d.account_id AND a.status = 'active'
            FOR SHARE OF a
         ON CONFLICT (account_id, event_key) DO NOTHING
         RETURNING id, kind, emailed_at IS NOT NULL AS emailed`,
          [
            chunk.map((d) => d.accountId),
            chunk.map((d) => d.kind),
            chunk.map((d) => d.reason),
            chunk.map((d) => d.followId),
            subject.event,
            subject.eventKey,
            subject.subjectType,
            subject.subjectId,
            subject.title.slice(0, 300),
            subject.url,
            chunk.map((d) => d.emailed ?? false),
          ],
        );
        // What is addressed to someone is emailed at once, by a job that exists iff the row does.
        await this.queue.addManyInTransaction(
          manager,
          inserted
            .filter((row) => row.kind === 'ADDRESSED' && !row.emailed)
            .map((row) => ({ name: ADDRESSED_EMAIL_JOB, payload: { notificationId: row.id } })),
        );
        return inserted;
      });
      added += rows.length;
    }
    return added;
  }
}
