import type { JobQueueReport } from '@lgx/api/core/jobs';

const label = (task: string) => `{task="${task.replace(/["\\\n]/g, '_')}"}`;

/** The job queue in Prometheus text: jobs per name and state, the oldest wait, unconfirmed effects. */
export function jobQueueMetrics(report: JobQueueReport): string[] {
  const perTask = (
    name: string,
    help: string,
    value: (task: JobQueueReport['tasks'][number]) => number,
  ) => [
    `# HELP ${name} ${help}`,
    `# TYPE ${name} gauge`,
    ...report.tasks.map((task) => `${name}${label(task.task)} ${value(task)}`),
  ];
  return [
    ...perTask('lgx_jobs_waiting', 'Jobs due and waiting for a worker.', (task) => task.waiting),
    ...perTask(
      'lgx_jobs_scheduled',
      'Jobs due later: run_at in the future, or backing off after a failed attempt.',
      (task) => task.scheduled,
    ),
    ...perTask('lgx_jobs_running', 'Jobs a worker holds now.', (task) => task.running),
    ...perTask(
      'lgx_jobs_failed',
      'Jobs out of attempts, left in the queue for someone to look at.',
      (task) => task.failed,
    ),
    '# HELP lgx_jobs_oldest_waiting_seconds How long the oldest due job with a handler has waited.',
    '# TYPE lgx_jobs_oldest_waiting_seconds gauge',
    `lgx_jobs_oldest_waiting_seconds ${report.oldestWaitingSeconds}`,
    '# HELP lgx_jobs_once_unconfirmed Run-once effects (mails) started over ten minutes ago and never confirmed: a process died during them.',
    '# TYPE lgx_jobs_once_unconfirmed gauge',
    `lgx_jobs_once_unconfirmed ${report.unconfirmedOnce}`,
    '# HELP lgx_jobs_worker Whether this process runs jobs (JOBS_WORKER).',
    '# TYPE lgx_jobs_worker gauge',
    `lgx_jobs_worker ${report.worker ? 1 : 0}`,
  ];
}
