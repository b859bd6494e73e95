import type { LgxEvent } from '@lgx/api/core/contracts';
import { Injectable } from '@nestjs/common';

import { NotificationFanOut } from './notification-fan-out.service';

/**
 * Where recorded events reach notifications: the job queue (core/jobs) calls
 * `handle` once per recorded event, with the job's id, and retries it with
 * backoff when it throws (NotYetIndexedError while the record waits for
 * search). Delivering again is safe: no one is told twice.
 */
@Injectable()
export class NotificationEventsConsumer {
  constructor(private readonly fanOut: NotificationFanOut) {}

  handle(event: LgxEvent, jobId?: string): Promise<number> {
    return this.fanOut.handle(event, jobId);
  }
}
