import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';

import { type AppConfig } from '@lgx/api/core/config';
import { AwsClient } from 'aws4fetch';

import { assertStorageKey, FileStorage } from './file-storage';

/** A bucket that does not answer in this time fails the upload, rather than hanging it. */
const TIMEOUT_MS = 30_000;

/** The bucket's answer, for the log and the error: never the request's signature or keys. */
export class StorageError extends Error {
  constructor(action: string, key: string, status: number | string) {
    super(`The file store could not ${action} ${key} (${status})`);
    this.name = 'StorageError';
  }
}

/**
 * Files in an S3-compatible bucket (Amazon S3, MinIO, Ceph, Cloudflare R2...),
 * addressed as `<bucket URL>/<key>`, with requests signed (AWS Signature
 * Version 4) by the configured key.
 */
export class S3FileStorage extends FileStorage {
  private readonly client: AwsClient;
  private readonly bucketUrl: string;

  constructor(s3: NonNullable<AppConfig['storage']['s3']>) {
    super();
    this.bucketUrl = s3.bucketUrl;
    this.client = new AwsClient({
      accessKeyId: s3.accessKeyId,
      secretAccessKey: s3.secretAccessKey,
      service: 's3',
      region: s3.region,
      retries: 2,
    });
  }

  private urlOf(key: string): string {
    assertStorageKey(key);
    return `${this.bucketUrl}/${key}`;
  }

  private async send(action: string, key: string, init: RequestInit): Promise<Response> {
    const url = this.urlOf(key);
    try {
      return await this.client.fetch(url, {
        ...init,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      throw new StorageError(action, key, (error as Error).name);
    }
  }

  async put(key: string, content: Buffer): Promise<void> {
    const response = await this.send('store', key, {
      method: 'PUT',
      body: content,
      headers: { 'content-length': String(content.length) },
    });
    await response.body?.cancel();
    if (!response.ok) throw new StorageError('store', key, response.status);
  }

  async open(key: string): Promise<Readable | undefined> {
    const response = await this.send('read', key, { method: 'GET' });
    if (response.status === 404) {
      await response.body?.cancel();
      return undefined;
    }
    if (!response.ok || !response.body) {
      await response.body?.cancel();
      throw new StorageError('read', key, response.status);
    }
    return Readable.fromWeb(response.body as WebReadableStream<Uint8Array>);
  }

  async remove(key: string): Promise<void> {
    const response = await this.send('remove', key, { method: 'DELETE' });
    await response.body?.cancel();
    // S3 answers 204 whether or not the object was there.
    if (!response.ok && response.status !== 404)
      throw new StorageError('remove', key, response.status);
  }
}
