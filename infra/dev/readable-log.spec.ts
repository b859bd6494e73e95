import { readableLogLine } from './readable-log';

describe('readableLogLine', () => {
  it('shows a JSON line from inside a request with its level, context and request id', () => {
    const line = JSON.stringify({ level: 40, context: 'Sync', msg: 'slow', requestId: 'abc12345' });
    expect(readableLogLine(line)).toBe('WARN  Sync: slow [abc12345]');
  });

  it('shows a completed request as method, url, status and time', () => {
    const line = JSON.stringify({
      level: 30,
      msg: 'request completed',
      req: { method: 'POST', url: '/graphql' },
      res: { statusCode: 200 },
      responseTime: 12,
      requestId: 'abc12345',
    });
    expect(readableLogLine(line)).toBe('INFO  POST /graphql 200 12ms [abc12345]');
  });

  it('leaves any other line alone', () => {
    expect(readableLogLine('LGX API ready on http://localhost:3000')).toBe(
      'LGX API ready on http://localhost:3000',
    );
    expect(readableLogLine('{not json')).toBe('{not json');
  });
});
