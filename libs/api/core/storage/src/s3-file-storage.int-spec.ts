import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { text } from 'node:stream/consumers';

import { type AppConfig, ConfigModule } from '@lgx/api/core/config';
import { Test } from '@nestjs/testing';
import S3rver from 's3rver';

import { FileStorage, LocalFileStorage } from './file-storage';
import { S3FileStorage, StorageError } from './s3-file-storage';
import { StorageModule } from './storage.module';

/**
 * Against s3rver, an S3-compatible server that runs in this process: no S3
 * runs on this machine, so it is the nearest there is. It parses each
 * request's AWS Signature Version 4 header and checks the access key id (its
 * fixed pair is S3RVER / S3RVER), but does not recompute the signature.
 */
describe('S3FileStorage against an S3-compatible server', () => {
  let server: S3rver;
  let folder: string;
  let bucketUrl: string;
  const s3 = (overrides: Partial<NonNullable<AppConfig['storage']['s3']>> = {}) => ({
    bucketUrl,
    region: 'eu-west-2',
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    ...overrides,
  });

  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'lgx-s3-'));
    server = new S3rver({
      address: '127.0.0.1',
      port: 0,
      silent: true,
      directory: folder,
      vhostBuckets: false,
      configureBuckets: [{ name: 'lgx-files' }],
    });
    const { port } = await server.run();
    bucketUrl = `http://127.0.0.1:${port}/lgx-files`;
  });

  afterAll(async () => {
    await server?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('stores, reads back and removes a file', async () => {
    const storage = new S3FileStorage(s3());
    const content = Buffer.from('%PDF-1.4 a small report');
    await storage.put('case-studies/one/file-1', content);
    const stream = await storage.open('case-studies/one/file-1');
    expect(stream).toBeDefined();
    expect(await text(stream!)).toBe('%PDF-1.4 a small report');
    await storage.remove('case-studies/one/file-1');
    expect(await storage.open('case-studies/one/file-1')).toBeUndefined();
    // Removing what is not there is not an error, as for the folder.
    await storage.remove('case-studies/one/file-1');
  });

  it('keeps binary content byte for byte', async () => {
    const storage = new S3FileStorage(s3());
    const content = Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 7919) % 256));
    await storage.put('case-studies/two/binary', content);
    const chunks: Buffer[] = [];
    for await (const chunk of (await storage.open('case-studies/two/binary'))!)
      chunks.push(chunk as Buffer);
    expect(Buffer.compare(Buffer.concat(chunks), content)).toBe(0);
  });

  it('answers undefined for a file that is not there', async () => {
    expect(await new S3FileStorage(s3()).open('case-studies/none/missing')).toBeUndefined();
  });

  it('fails clearly, without the key, when the bucket refuses the request', async () => {
    const storage = new S3FileStorage(s3({ accessKeyId: 'NOT-A-KEY-ID' }));
    const failure = await storage.put('case-studies/three/file', Buffer.from('x')).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(StorageError);
    expect((failure as Error).message).toBe(
      'The file store could not store case-studies/three/file (403)',
    );
    expect((failure as Error).message).not.toContain('NOT-A-KEY-ID');
    expect(await new S3FileStorage(s3()).open('case-studies/three/file')).toBeUndefined();
  });

  it('refuses keys that are not ours before sending anything', async () => {
    const storage = new S3FileStorage(s3());
    await expect(storage.put('../other-bucket/x', Buffer.from('x'))).rejects.toThrow(
      'Invalid storage key',
    );
    await expect(storage.open('Case-Studies/x')).rejects.toThrow('Invalid storage key');
  });

  it('is what StorageModule provides when the config names a bucket, and the folder otherwise', async () => {
    const storageOf = async (storage: AppConfig['storage']) => {
      const moduleRef = await Test.createTestingModule({
        imports: [ConfigModule.forRoot({ storage } as AppConfig), StorageModule],
      }).compile();
      return moduleRef.get(FileStorage);
    };
    expect(await storageOf({ dir: folder, s3: s3() })).toBeInstanceOf(S3FileStorage);
    expect(await storageOf({ dir: folder })).toBeInstanceOf(LocalFileStorage);
  });
});
