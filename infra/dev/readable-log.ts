const LEVELS: Record<number, string> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO',
  40: 'WARN',
  50: 'ERROR',
  60: 'FATAL',
};

/**
 * One of the API's JSON log lines as a person reads it in `npm start`:
 * "WARN  ContractSyncService: message [request-id]" (the request line as
 * "INFO  POST /graphql 200 12ms"). Any other line is left as it is.
 */
export function readableLogLine(line: string): string {
  if (!line.startsWith('{')) return line;
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line;
  }
  if (typeof entry.level !== 'number' || typeof entry.msg !== 'string') return line;
  const level = (LEVELS[entry.level] ?? String(entry.level)).padEnd(5);
  const req = entry.req as { method?: string; url?: string } | undefined;
  const res = entry.res as { statusCode?: number } | undefined;
  const text =
    req && res
      ? `${req.method} ${req.url} ${res.statusCode} ${entry.responseTime}ms`
      : `${typeof entry.context === 'string' ? `${entry.context}: ` : ''}${entry.msg}`;
  const error = (entry.err as { stack?: string } | undefined)?.stack;
  const id = typeof entry.requestId === 'string' ? ` [${entry.requestId}]` : '';
  return `${level} ${text}${id}${error ? `\n${error}` : ''}`;
}
