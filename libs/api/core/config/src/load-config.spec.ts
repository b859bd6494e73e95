import path from 'node:path';

import { ConfigError } from './config.error';
import { CONTRACT_SYNC_DEFAULTS } from './contract-sync-config';
import { JOBS_DEFAULTS } from './jobs-config';
import { DEFAULT_MAIL_FROM, loadConfig } from './load-config';

const valid = {
  DATABASE_URL: 'postgres://lgx:secret@localhost:5432/lgx',
  MEILI_URL: 'http://127.0.0.1:7700',
  MEILI_MASTER_KEY: 'a-master-key-of-enough-length',
  LGX_SECRET_KEY: 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8',
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
    expect(config.http).toEqual({
      host: '127.0.0.1',
      port: 3000,
      webDistDir: undefined,
      rateLimitStore: 'postgres',
      rateLimitScale: 1,
    });
    expect(config.environment).toBe('development');
    expect(config.search.indexPrefix).toBe('lgx_');
    expect(config.database.poolSize).toBe(10);
  });

  it('names every missing variable', () => {
    expect(issuesOf({})).toEqual([
      'DATABASE_URL',
      'MEILI_URL',
      'MEILI_MASTER_KEY',
      'LGX_SECRET_KEY',
    ]);
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

  it('keeps files in a folder unless an S3-compatible bucket is configured', () => {
    expect(loadConfig(valid).storage.s3).toBeUndefined();
    const s3 = {
      ...valid,
      S3_BUCKET_URL: 'http://127.0.0.1:9000/lgx-files/',
      S3_ACCESS_KEY_ID: 'key-id',
      S3_SECRET_ACCESS_KEY: 'a-secret-access-key',
    };
    expect(loadConfig(s3).storage.s3).toEqual({
      bucketUrl: 'http://127.0.0.1:9000/lgx-files',
      region: 'eu-west-2',
      accessKeyId: 'key-id',
      secretAccessKey: 'a-secret-access-key',
    });
    expect(issuesOf({ ...valid, S3_BUCKET_URL: 'http://127.0.0.1:9000/lgx-files' })).toEqual([
      'S3_ACCESS_KEY_ID',
      'S3_SECRET_ACCESS_KEY',
    ]);
    expect(issuesOf({ ...s3, S3_BUCKET_URL: 'ftp://files' })).toEqual(['S3_BUCKET_URL']);
    expect(issuesOf({ ...s3, S3_REGION: 'EU West' })).toEqual(['S3_REGION']);
  });

  it('counts rate limits in PostgreSQL unless RATE_LIMIT_STORE=memory (one process only)', () => {
    expect(loadConfig({ ...valid, RATE_LIMIT_STORE: 'memory' }).http.rateLimitStore).toBe('memory');
    expect(issuesOf({ ...valid, RATE_LIMIT_STORE: 'redis' })).toEqual(['RATE_LIMIT_STORE']);
  });

  it('scales the HTTP rate limits by RATE_LIMIT_SCALE (default 1), refusing 0, text and over 100', () => {
    expect(loadConfig(valid).http.rateLimitScale).toBe(1);
    expect(loadConfig({ ...valid, RATE_LIMIT_SCALE: '2.5' }).http.rateLimitScale).toBe(2.5);
    for (const bad of ['0', '-1', 'lots', '101'])
      expect(issuesOf({ ...valid, RATE_LIMIT_SCALE: bad })).toEqual(['RATE_LIMIT_SCALE']);
  });

  it('reads the proxies to trust (TRUST_PROXY), refusing anything but addresses, ranges and names', () => {
    expect(loadConfig(valid).http.trustProxy).toBeUndefined();
    for (const good of [
      'loopback',
      '10.0.0.0/8, 172.16.0.0/12',
      '127.0.0.1',
      'fd00::/8,uniquelocal',
    ])
      expect(loadConfig({ ...valid, TRUST_PROXY: good }).http.trustProxy).toBe(good);
    for (const bad of ['true', '1', 'nginx', '10.0.0.0/33', '10.0.0.0/8/1', '::1/129', 'loopback,'])
      expect(issuesOf({ ...valid, TRUST_PROXY: bad })).toEqual(['TRUST_PROXY']);
  });

  it('treats an empty value as unset', () => {
    expect(loadConfig({ ...valid, PORT: '' }).http.port).toBe(3000);
  });
});

describe('loadConfig: mail', () => {
  it('needs no mail settings, so the API starts without SMTP', () => {
    expect(loadConfig(valid).mail).toEqual({
      smtpUrl: undefined,
      from: DEFAULT_MAIL_FROM,
      catcherDir: undefined,
    });
    expect(DEFAULT_MAIL_FROM).toBe('LGX <no-reply@lgx.localhost>');
  });

  it('reads the SMTP server, the From address and the catcher folder', () => {
    const config = loadConfig({
      ...valid,
      SMTP_URL: 'smtps://mailer:secret@smtp.example.com:465',
      MAIL_FROM: 'LGX <hello@lgx.example>',
      MAIL_CATCHER_DIR: 'tmp/mailbox',
    });
    expect(config.mail).toEqual({
      smtpUrl: 'smtps://mailer:secret@smtp.example.com:465',
      from: 'LGX <hello@lgx.example>',
      catcherDir: path.resolve('tmp/mailbox'),
    });
    expect(loadConfig({ ...valid, MAIL_FROM: 'hello@lgx.example' }).mail.from).toBe(
      'hello@lgx.example',
    );
  });

  it('names a bad SMTP URL or From address', () => {
    expect(issuesOf({ ...valid, SMTP_URL: 'http://smtp.example.com' })).toEqual(['SMTP_URL']);
    expect(issuesOf({ ...valid, SMTP_URL: 'smtp.example.com:587' })).toEqual(['SMTP_URL']);
    expect(issuesOf({ ...valid, MAIL_FROM: 'LGX' })).toEqual(['MAIL_FROM']);
    expect(issuesOf({ ...valid, MAIL_FROM: 'LGX <no-reply>' })).toEqual(['MAIL_FROM']);
  });

  it('never echoes the SMTP password', () => {
    try {
      loadConfig({ ...valid, SMTP_URL: 'imap://mailer:hunter2-secret@smtp.example.com' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toContain('SMTP_URL');
      expect((error as Error).message).not.toContain('hunter2-secret');
    }
  });
});

describe('identity settings', () => {
  const base = {
    DATABASE_URL: 'postgres://lgx:secret@localhost:5432/lgx',
    MEILI_URL: 'http://127.0.0.1:7700',
    MEILI_MASTER_KEY: 'a-master-key-of-enough-length',
    LGX_SECRET_KEY: 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8',
  };

  it('derives the public URL from HOST and PORT, and decodes a 32-byte secret key', () => {
    const config = loadConfig({ ...base, PORT: '3100' });
    expect(config.publicUrl).toBe('http://127.0.0.1:3100');
    expect(config.secretKey).toHaveLength(32);
    expect(loadConfig({ ...base, PUBLIC_URL: 'https://lgx.example.gov.uk/' }).publicUrl).toBe(
      'https://lgx.example.gov.uk',
    );
  });

  it('refuses a short secret key without echoing it', () => {
    expect(() => loadConfig({ ...base, LGX_SECRET_KEY: 'too-short-key' })).toThrow(
      /LGX_SECRET_KEY/,
    );
    expect(() => loadConfig({ ...base, LGX_SECRET_KEY: 'too-short-key' })).not.toThrow(
      /too-short-key/,
    );
  });
});

describe('contracts sync settings', () => {
  it('is off by default, hourly, on the public APIs', () => {
    expect(loadConfig(valid).contractSync).toEqual(CONTRACT_SYNC_DEFAULTS);
    expect(CONTRACT_SYNC_DEFAULTS).toMatchObject({
      enabled: false,
      intervalMinutes: 60,
      findATenderUrl: 'https://www.find-tender.service.gov.uk/api/1.0/ocdsReleasePackages',
      contractsFinderUrl:
        'https://www.contractsfinder.service.gov.uk/Published/Notices/OCDS/Search',
    });
  });

  it('reads CONTRACTS_SYNC=on and the endpoints', () => {
    const config = loadConfig({
      ...valid,
      CONTRACTS_SYNC: 'on',
      CONTRACTS_SYNC_INTERVAL_MINUTES: '15',
      CONTRACTS_SYNC_FIND_A_TENDER_URL: 'http://127.0.0.1:9000/api/1.0/ocdsReleasePackages',
    });
    expect(config.contractSync).toMatchObject({
      enabled: true,
      intervalMinutes: 15,
      findATenderUrl: 'http://127.0.0.1:9000/api/1.0/ocdsReleasePackages',
    });
  });

  it('names each bad value', () => {
    expect(
      issuesOf({
        ...valid,
        CONTRACTS_SYNC: 'yes',
        CONTRACTS_SYNC_INTERVAL_MINUTES: '0',
        CONTRACTS_SYNC_MAX_ATTEMPTS: 'many',
        CONTRACTS_SYNC_CONTRACTS_FINDER_URL: 'ftp://example.com/ocds',
      }),
    ).toEqual([
      'CONTRACTS_SYNC',
      'CONTRACTS_SYNC_INTERVAL_MINUTES',
      'CONTRACTS_SYNC_MAX_ATTEMPTS',
      'CONTRACTS_SYNC_CONTRACTS_FINDER_URL',
    ]);
  });
});

describe('job queue settings', () => {
  it('runs a worker of two jobs at a time by default', () => {
    expect(loadConfig(valid).jobs).toEqual(JOBS_DEFAULTS);
    expect(JOBS_DEFAULTS).toMatchObject({ workerEnabled: true, concurrency: 2 });
  });

  it('reads JOBS_WORKER=off and JOBS_CONCURRENCY', () => {
    expect(loadConfig({ ...valid, JOBS_WORKER: 'off', JOBS_CONCURRENCY: '5' }).jobs).toMatchObject({
      workerEnabled: false,
      concurrency: 5,
    });
  });

  it('names each bad value', () => {
    expect(issuesOf({ ...valid, JOBS_WORKER: 'maybe', JOBS_CONCURRENCY: '0' })).toEqual([
      'JOBS_WORKER',
      'JOBS_CONCURRENCY',
    ]);
  });
});
