import { LocalFileStorage, S3FileStorage } from '@lgx/api/core/storage';

import { storageFromEnvironment, takeOption } from './backup-environment';

describe('backup command environment', () => {
  it('uses the bucket when S3_BUCKET_URL is set, and says which keys are missing', () => {
    expect(() => storageFromEnvironment({ S3_BUCKET_URL: 'http://127.0.0.1:9000/lgx' })).toThrow(
      'S3_BUCKET_URL is set: S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are needed.',
    );
    const s3 = storageFromEnvironment({
      S3_BUCKET_URL: 'http://127.0.0.1:9000/lgx/',
      S3_ACCESS_KEY_ID: 'id',
      S3_SECRET_ACCESS_KEY: 'secret',
    });
    expect(s3.kind).toBe('s3');
    expect(s3.storage).toBeInstanceOf(S3FileStorage);
  });

  it('uses STORAGE_DIR, or the attachments folder under the data folder', () => {
    const local = storageFromEnvironment({ STORAGE_DIR: '/tmp/lgx-files' });
    expect(local.kind).toBe('folder');
    expect(local.storage).toBeInstanceOf(LocalFileStorage);
  });

  it('takes an option and its value out of the arguments', () => {
    expect(takeOption(['--out', 'dir', 'x'], '--out')).toEqual(['dir', ['x']]);
    expect(takeOption(['x'], '--out')).toEqual([undefined, ['x']]);
    expect(takeOption(['--out'], '--out')).toEqual([undefined, []]);
  });
});
