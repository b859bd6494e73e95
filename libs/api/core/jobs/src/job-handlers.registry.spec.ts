import { JobHandlers } from './job-handlers.registry';

const nothing = async () => undefined;

describe('JobHandlers', () => {
  it('refuses a second handler, a bad name and a bad crontab pattern, naming the job', () => {
    const handlers = new JobHandlers();
    handlers.register('digest.daily', nothing);
    expect(() => handlers.register('digest.daily', nothing)).toThrow(/"digest.daily" already/);
    expect(() => handlers.register('Digest Daily', nothing)).toThrow(/"Digest Daily" must be/);
    expect(() => handlers.schedule('digest.daily', { cron: 'every day' })).toThrow();
  });

  it('refuses a schedule without a handler when the worker starts', () => {
    const handlers = new JobHandlers();
    handlers.schedule('orphan', { cron: '0 * * * *' });
    expect(() => handlers.taskList()).toThrow(/without a handler: orphan/);
  });

  it('closes registration once the worker has its task list', () => {
    const handlers = new JobHandlers();
    handlers.register('early', nothing);
    handlers.schedule('early', { cron: '*/5 * * * *', backfillMinutes: 10 });
    expect(Object.keys(handlers.taskList())).toEqual(['early']);
    expect(handlers.cronItems()).toEqual([
      expect.objectContaining({
        task: 'early',
        identifier: 'early',
        options: expect.objectContaining({ backfillPeriod: 600_000 }),
      }),
    ]);
    expect(() => handlers.register('late', nothing)).toThrow(/after the worker started/);
  });
});
