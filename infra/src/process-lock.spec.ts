import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { assertPortFree, PortInUseError } from './ports';
import { acquireLock, AlreadyRunningError } from './process-lock';

describe('the data folder lock', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'lgx-lock-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a second runner while the first holds the lock, and frees it on release', () => {
    // A live process other than this one holds the lock: the parent of this test.
    writeFileSync(path.join(dir, 'lgx.pid'), String(process.ppid));
    expect(() => acquireLock(dir)).toThrow(AlreadyRunningError);
    rmSync(path.join(dir, 'lgx.pid'));

    const lock = acquireLock(dir);
    expect(readFileSync(path.join(dir, 'lgx.pid'), 'utf8')).toBe(String(process.pid));
    lock.release();
    expect(() => readFileSync(path.join(dir, 'lgx.pid'))).toThrow();
  });

  it('takes over a lock left by a process that has died', () => {
    writeFileSync(path.join(dir, 'lgx.pid'), '2147483646');
    const lock = acquireLock(dir);
    expect(readFileSync(path.join(dir, 'lgx.pid'), 'utf8')).toBe(String(process.pid));
    lock.release();
  });
});

describe('port checks', () => {
  it('names the port and what to set when it is taken', async () => {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    try {
      const error = await assertPortFree(port, 'embedded PostgreSQL', 'Set LGX_PG_PORT.').catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(PortInUseError);
      expect((error as Error).message).toBe(
        `Port ${port} (embedded PostgreSQL) is already in use. Set LGX_PG_PORT.`,
      );
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    await expect(assertPortFree(port, 'x', 'y')).resolves.toBeUndefined();
  });
});
