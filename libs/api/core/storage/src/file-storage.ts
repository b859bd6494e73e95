import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';

import { APP_CONFIG, type AppConfig } from '@lgx/api/core/config';
import { Inject, Injectable } from '@nestjs/common';

/**
 * Where uploaded files live. Local folder by default; another store (e.g.
 * S3-compatible) implements the same three calls.
 */
export abstract class FileStorage {
  abstract put(key: string, content: Buffer): Promise<void>;
  abstract open(key: string): Promise<Readable | undefined>;
  abstract remove(key: string): Promise<void>;

  /**
   * Stores a file, then records it (the database row that points at it). If
   * recording fails, the file is removed again, so no file is left that
   * nothing points at.
   */
  async putThenRecord<T>(key: string, content: Buffer, record: () => Promise<T>): Promise<T> {
    await this.put(key, content);
    try {
      return await record();
    } catch (error) {
      await this.remove(key).catch(() => undefined);
      throw error;
    }
  }
}

const KEY = /^[a-z0-9][a-z0-9/-]{0,200}$/;

/** Keys are ours, never users': lower-case letters, digits, hyphens and slashes. */
export function assertStorageKey(key: string): void {
  if (!KEY.test(key) || key.includes('..') || key.includes('//'))
    throw new Error('Invalid storage key');
}

/** Files in a folder (STORAGE_DIR, by default under the data folder). Keys are ours, never users'. */
@Injectable()
export class LocalFileStorage extends FileStorage {
  private readonly root: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super();
    this.root = config.storage.dir;
  }

  private pathOf(key: string): string {
    assertStorageKey(key);
    return path.join(this.root, key);
  }

  async put(key: string, content: Buffer): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(path.dirname(target), { recursive: true });
    // Write then rename: a reader never sees half a file.
    const temporary = `${target}.${process.pid}.partial`;
    await writeFile(temporary, content, { mode: 0o640 });
    await rename(temporary, target);
  }

  async open(key: string): Promise<Readable | undefined> {
    const target = this.pathOf(key);
    try {
      await stat(target);
    } catch {
      return undefined;
    }
    return createReadStream(target);
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}
