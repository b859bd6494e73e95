import { ConfigError } from './config.error';
import { loadConfig } from './load-config';

const valid = {
  DATABASE_URL: 'postgres://lgx:secret@localhost:5432/lgx',
  MEILI_URL: 'http://127.0.0.1:7700',
  MEILI_MASTER_KEY: 'a-master-key-of-enough-length',
};

function issuesOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.issues.map((issue) => issue.variable);
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('applies defaults that make the embedded setup work', () => {
    const config = loadConfig(valid);
    expect(config.http).toEqual({ host: '127.0.0.1', port: 3000, webDistDir: undefined });
    expect(config.environment).toBe('development');
    expect(config.search.indexPrefix).toBe('lgx_');
    expect(config.database.poolSize).toBe(10);
  });

  it('names every missing variable', () => {
    expect(issuesOf({})).toEqual(['DATABASE_URL', 'MEILI_URL', 'MEILI_MASTER_KEY']);
  });

  it('names a bad port and a bad URL', () => {
    expect(issuesOf({ ...valid, PORT: 'abc' })).toEqual(['PORT']);
    expect(issuesOf({ ...valid, PORT: '70000' })).toEqual(['PORT']);
    expect(issuesOf({ ...valid, DATABASE_URL: 'mysql://x' })).toEqual(['DATABASE_URL']);
    expect(issuesOf({ ...valid, NODE_ENV: 'staging' })).toEqual(['NODE_ENV']);
  });

  it('never echoes a secret in its message', () => {
    try {
      loadConfig({ ...valid, MEILI_MASTER_KEY: 'short-secret' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toContain('MEILI_MASTER_KEY');
      expect((error as Error).message).not.toContain('short-secret');
    }
  });

  it('treats an empty value as unset', () => {
    expect(loadConfig({ ...valid, PORT: '' }).http.port).toBe(3000);
  });
});
