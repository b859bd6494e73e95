import type { LgxEvent } from '@lgx/api/core/contracts';
import { JobHandlers, LGX_EVENT_JOB } from '@lgx/api/core/jobs';
import { Injectable, type OnModuleInit } from '@nestjs/common';

import { NotificationFanOut } from './notification-fan-out.service';

/**
 * Where recorded events reach notifications: the job queue (core/jobs) runs
 * one `lgx-event` job per recorded event and calls `handle` with the job's
 * id, retrying with backoff when it throws (NotYetIndexedError while the
 * record waits for search). Delivering again is safe: no one is told twice.
 */
@Injectable()
export class NotificationEventsConsumer implements OnModuleInit {
  constructor(
    private readonly fanOut: NotificationFanOut,
    private readonly handlers: JobHandlers,
  ) {}

  onModuleInit(): void {
    this.handlers.register<LgxEvent>(LGX_EVENT_JOB, async (event, { jobId }) => {
      await this.handle(event, jobId);
    });
  }

  handle(event: LgxEvent, jobId?: string): Promise<number> {
    return this.fanOut.handle(event, jobId);
  }
}
