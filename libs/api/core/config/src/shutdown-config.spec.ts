import { ConfigError } from './config.error';
import { loadConfig } from './load-config';

const valid = {
  DATABASE_URL: 'postgres://lgx:secret@localhost:5432/lgx',
  MEILI_URL: 'http://127.0.0.1:7700',
  MEILI_MASTER_KEY: 'a-master-key-of-enough-length',
  LGX_SECRET_KEY: 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8',
};

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError)
      return error.issues.map((issue) => `${issue.variable} ${issue.message}`);
    throw error;
  }
  return [];
}

describe('shutdown settings', () => {
  it('gives the load balancer five seconds in production, none elsewhere, within 30 s in all', () => {
    expect(loadConfig({ ...valid, NODE_ENV: 'production' }).shutdown).toEqual({
      delayMs: 5_000,
      timeoutMs: 30_000,
    });
    expect(loadConfig(valid).shutdown).toEqual({ delayMs: 0, timeoutMs: 30_000 });
    expect(loadConfig({ ...valid, NODE_ENV: 'test' }).shutdown).toEqual({
      delayMs: 0,
      timeoutMs: 30_000,
    });
  });

  it('reads SHUTDOWN_DELAY_MS and SHUTDOWN_TIMEOUT_MS', () => {
    expect(
      loadConfig({ ...valid, SHUTDOWN_DELAY_MS: '1500', SHUTDOWN_TIMEOUT_MS: '20000' }).shutdown,
    ).toEqual({ delayMs: 1_500, timeoutMs: 20_000 });
    expect(
      loadConfig({ ...valid, NODE_ENV: 'production', SHUTDOWN_DELAY_MS: '0' }).shutdown?.delayMs,
    ).toBe(0);
  });

  it('names each bad value and says what it must be', () => {
    expect(problems({ ...valid, SHUTDOWN_DELAY_MS: '5s', SHUTDOWN_TIMEOUT_MS: '10' })).toEqual([
      expect.stringMatching(
        /^SHUTDOWN_DELAY_MS must be a whole number of milliseconds from 0 to 600000/,
      ),
      expect.stringMatching(/^SHUTDOWN_TIMEOUT_MS must be at least 1000 milliseconds/),
    ]);
    expect(problems({ ...valid, SHUTDOWN_DELAY_MS: '-1' })).toEqual([
      expect.stringMatching(
        /^SHUTDOWN_DELAY_MS must be a whole number of milliseconds from 0 to 600000/,
      ),
    ]);
  });

  it('refuses a delay that leaves the drain no time before its bound', () => {
    expect(problems({ ...valid, SHUTDOWN_DELAY_MS: '30000' })).toEqual([
      expect.stringMatching(/^SHUTDOWN_DELAY_MS must be below SHUTDOWN_TIMEOUT_MS \(30000\)/),
    ]);
    expect(
      problems({ ...valid, SHUTDOWN_DELAY_MS: '30000', SHUTDOWN_TIMEOUT_MS: '40000' }),
    ).toEqual([]);
  });
});
