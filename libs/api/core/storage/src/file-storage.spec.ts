import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { AppConfig } from '@lgx/api/core/config';

import { LocalFileStorage } from './file-storage';

describe('FileStorage.putThenRecord', () => {
  let dir: string;
  let storage: LocalFileStorage;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'lgx-storage-'));
    storage = new LocalFileStorage({ storage: { dir } } as AppConfig);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps the file and answers what recording it gave', async () => {
    const saved = await storage.putThenRecord('files/kept', Buffer.from('kept'), async () => 42);
    expect(saved).toBe(42);
    expect(existsSync(path.join(dir, 'files/kept'))).toBe(true);
  });

  it('removes the file again when recording it fails, and passes the failure on', async () => {
    await expect(
      storage.putThenRecord('files/orphan', Buffer.from('orphan'), async () => {
        expect(existsSync(path.join(dir, 'files/orphan'))).toBe(true);
        throw new Error('insert failed');
      }),
    ).rejects.toThrow('insert failed');
    expect(existsSync(path.join(dir, 'files/orphan'))).toBe(false);
  });
});
