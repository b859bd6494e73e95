import type { AppConfig } from '@lgx/api/core/config';
import { JobHandlers } from '@lgx/api/core/jobs';
import type { Mailer } from '@lgx/api/core/mail';
import type { DataSource } from 'typeorm';

import {
  ComponentReminderService,
  STALE_REMINDERS_JOB,
  STALE_REMINDERS_SCHEDULE,
} from './component-reminder.service';

function registered(config: Pick<AppConfig, 'environment' | 'mail'>) {
  const handlers = new JobHandlers();
  new ComponentReminderService(
    {} as DataSource,
    config as AppConfig,
    {} as Mailer,
    handlers,
  ).onModuleInit();
  return { names: handlers.names(), schedules: handlers.cronItems() };
}

describe('ComponentReminderService on the job queue', () => {
  it('is scheduled every six hours where mail is configured', () => {
    const { names, schedules } = registered({
      environment: 'production',
      mail: { smtpUrl: 'smtps://smtp.example.com', from: 'x@example.com' },
    });
    expect(names).toEqual([STALE_REMINDERS_JOB]);
    expect(STALE_REMINDERS_SCHEDULE).toBe('0 */6 * * *');
    expect(schedules.map((item) => item.identifier)).toEqual([STALE_REMINDERS_JOB]);
  });

  it('has its handler but no schedule without mail, or in tests', () => {
    for (const config of [
      { environment: 'production' as const, mail: { from: 'x@example.com' } },
      {
        environment: 'test' as const,
        mail: { smtpUrl: 'smtp://127.0.0.1:2525', from: 'x@example.com' },
      },
    ]) {
      const { names, schedules } = registered(config);
      expect(names).toEqual([STALE_REMINDERS_JOB]);
      expect(schedules).toEqual([]);
    }
  });
});
