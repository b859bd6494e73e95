import { Logger as NestLogger } from '@nestjs/common';
import { Logger as WorkerLogger, type LogLevel } from 'graphile-worker';

/** Credentials in connection strings (postgres://user:password@host) never reach the log. */
export function redact(text: string): string {
  return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^/\s:@]+:[^@\s]+@/gi, '$1***:***@');
}

/** A failed attempt that will be retried: graphile-worker says "attempt 1 of 25". */
function retried(message: string): boolean {
  const match = /\battempt (\d+) of (\d+)\b/.exec(message);
  return match !== null && Number(match[1]) < Number(match[2]);
}

/**
 * graphile-worker's log lines in Nest's logger, with credentials redacted and
 * only the first line of a failure (its stack stays at debug level): a
 * failed attempt that will be retried is a warning, a job out of attempts an error.
 */
export function workerLogger(
  nest: Pick<NestLogger, 'error' | 'warn' | 'log' | 'debug'> = new NestLogger('Jobs'),
): WorkerLogger {
  return new WorkerLogger(() => (level: LogLevel, message: string) => {
    const [head = '', ...rest] = redact(message).split('\n');
    const first = head.replace(/:$/, '');
    switch (level === 'error' && retried(first) ? 'warning' : level) {
      case 'error':
        nest.error(first);
        break;
      case 'warning':
        nest.warn(first);
        break;
      case 'info':
        nest.log(first);
        break;
      default:
        nest.debug(first);
    }
    if (rest.length > 0) nest.debug(rest.join('\n'));
  });
}
