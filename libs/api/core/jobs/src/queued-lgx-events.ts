import { type LgxEvent, LgxEvents } from '@lgx/api/core/contracts';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { JobQueue } from './job-queue.service';

/** The job each recorded LgxEvent becomes; its payload is the event. */
export const LGX_EVENT_JOB = 'lgx-event';

/**
 * LgxEvents on the job queue: one `lgx-event` job per event, in the caller's
 * transaction. Notifications register the handler; until a process has one,
 * the jobs wait in the queue (nothing is lost, and they are delivered when
 * the consumer arrives), decision 0045.
 */
@Injectable()
export class QueuedLgxEvents extends LgxEvents {
  constructor(private readonly queue: JobQueue) {
    super();
  }

  async record(manager: EntityManager, events: LgxEvent | readonly LgxEvent[]): Promise<void> {
    const list: readonly LgxEvent[] = Array.isArray(events) ? events : [events as LgxEvent];
    await this.queue.addManyInTransaction(
      manager,
      list.map((event) => ({ name: LGX_EVENT_JOB, payload: event })),
    );
  }
}
