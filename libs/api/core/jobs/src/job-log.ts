import { Logger as NestLogger } from '@nestjs/common';
import { Logger as WorkerLogger, type LogLevel } from 'graphile-worker';

/** Credentials in connection strings (postgres://user:password@host) never reach the log. */
export function redact(text: string): string {
  return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^/\s:@]+:[^@\s]+@/gi, '$1***:***@');
}

/**
 * graphile-worker's log lines in Nest's logger, with credentials redacted and
 * only the first line of a failure (its stack stays at debug level): a
 * failing job is a warning, a job out of attempts an error.
 */
export function workerLogger(): WorkerLogger {
  const nest = new NestLogger('Jobs');
  return new WorkerLogger(() => (level: LogLevel, message: string) => {
    const [first = '', ...rest] = redact(message).split('\n');
    switch (level) {
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
