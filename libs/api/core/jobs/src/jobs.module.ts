import { LgxEvents } from '@lgx/api/core/contracts';
import { Global, Module } from '@nestjs/common';

import { IdempotencySweep } from './idempotency-sweep.service';
import { JobHandlers } from './job-handlers.registry';
import { JobQueue } from './job-queue.service';
import { JobQueueStatus } from './job-queue-status.service';
import { JobRunOnce } from './job-run-once.service';
import { JobWorker } from './job-worker.service';
import { QueuedLgxEvents } from './queued-lgx-events';

/**
 * The durable job queue in PostgreSQL (graphile-worker, decision 0045), for
 * every module: JobQueue to add jobs, JobHandlers to register what runs them
 * and when, JobRunOnce for effects that must not repeat, LgxEvents recorded
 * as jobs, and JobQueueStatus for health and metrics.
 */
@Global()
@Module({
  providers: [
    JobHandlers,
    JobQueue,
    JobWorker,
    JobQueueStatus,
    JobRunOnce,
    { provide: LgxEvents, useClass: QueuedLgxEvents },
    IdempotencySweep,
  ],
  exports: [JobHandlers, JobQueue, JobQueueStatus, JobRunOnce, LgxEvents, IdempotencySweep],
})
export class JobsModule {}
