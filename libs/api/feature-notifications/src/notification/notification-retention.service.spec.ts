import type { AppConfig } from '@lgx/api/core/config';
import { JobHandlers } from '@lgx/api/core/jobs';
import type { DataSource } from 'typeorm';

import {
  NOTIFICATION_RETENTION_JOB,
  NOTIFICATION_RETENTION_SCHEDULE,
  NotificationRetentionService,
} from './notification-retention.service';

const withEnvironment = (environment: string) => {
  const handlers = new JobHandlers();
  new NotificationRetentionService(
    {} as DataSource,
    { environment } as AppConfig,
    handlers,
  ).onModuleInit();
  return handlers;
};

describe('NotificationRetentionService', () => {
  it('runs daily on the job queue wherever the API runs, mail or not', () => {
    const handlers = withEnvironment('production');
    expect(handlers.names()).toContain(NOTIFICATION_RETENTION_JOB);
    expect(NOTIFICATION_RETENTION_SCHEDULE).toBe('30 3 * * *');
    expect(handlers.cronItems().map((item) => item.identifier)).toEqual([
      NOTIFICATION_RETENTION_JOB,
    ]);
  });

  it('is not scheduled in tests, which run it by hand', () => {
    const handlers = withEnvironment('test');
    expect(handlers.names()).toContain(NOTIFICATION_RETENTION_JOB);
    expect(handlers.cronItems()).toEqual([]);
  });
});
