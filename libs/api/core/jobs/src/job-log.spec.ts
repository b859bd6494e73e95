import { redact, workerLogger } from './job-log';

function capture() {
  const lines: [string, string][] = [];
  const nest = {
    error: (message: string) => void lines.push(['error', message]),
    warn: (message: string) => void lines.push(['warn', message]),
    log: (message: string) => void lines.push(['log', message]),
    debug: (message: string) => void lines.push(['debug', message]),
  };
  return { lines, logger: workerLogger(nest) };
}

describe('the job log', () => {
  it('never shows the password of a connection string', () => {
    expect(redact('connect postgres://lgx:s3cr3t@db:5432/lgx failed')).toBe(
      'connect postgres://***:***@db:5432/lgx failed',
    );
    expect(redact('smtps://user:pa%40ss@smtp.example.com:465')).toBe(
      'smtps://***:***@smtp.example.com:465',
    );
    expect(redact('https://example.com/a@b')).toBe('https://example.com/a@b');
  });

  it('warns of an attempt that will be retried, errs on the last, and keeps the stack to debug', () => {
    const { lines, logger } = capture();
    logger.error(
      "Failed task 7 (digest, 3ms, attempt 1 of 25) with error 'postgres://a:b@h/d':\n  at x",
    );
    logger.error("Failed task 7 (digest, 3ms, attempt 25 of 25) with error 'boom':\n  at y");
    expect(lines).toEqual([
      ['warn', "Failed task 7 (digest, 3ms, attempt 1 of 25) with error 'postgres://***:***@h/d'"],
      ['debug', '  at x'],
      ['error', "Failed task 7 (digest, 3ms, attempt 25 of 25) with error 'boom'"],
      ['debug', '  at y'],
    ]);
  });
});
