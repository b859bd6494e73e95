export * from './idempotency-sweep.service';
export * from './job-handlers.registry';
export * from './job-log';
export * from './job-queue.service';
export * from './job-queue-status.service';
export * from './job-run-once.service';
export * from './jobs.module';
export * from './queued-lgx-events';
