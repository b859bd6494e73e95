import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { startEmbeddedMeilisearch } from './embedded-meilisearch';
import { freePort } from './ports';
import { supervise } from './supervisor';

describe('supervise: the embedded Meilisearch', () => {
  it('restarts it when it dies, on the same port, with its data', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'lgx-supervised-meili-'));
    const port = await freePort();
    const masterKey = 'supervisor-test-master-key-0123456789';
    const lines: string[] = [];
    const supervisor = await supervise({
      name: 'Meilisearch',
      start: () => startEmbeddedMeilisearch({ dataDir, port, masterKey }),
      say: (line) => lines.push(line),
      initialDelayMs: 200,
    });
    const headers = { authorization: `Bearer ${masterKey}`, 'content-type': 'application/json' };
    try {
      const url = `http://127.0.0.1:${port}`;
      const created = await fetch(`${url}/indexes`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ uid: 'kept', primaryKey: 'id' }),
      });
      expect(created.status).toBe(202);
      const task = ((await created.json()) as { taskUid: number }).taskUid;
      for (let i = 0; i < 100; i++) {
        const status = (await (await fetch(`${url}/tasks/${task}`, { headers })).json()) as {
          status: string;
        };
        if (status.status === 'succeeded') break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }

      supervisor.current()!.process.kill('SIGKILL');
      const deadline = Date.now() + 30_000;
      while (supervisor.restarts === 0 && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 100));

      expect(lines).toEqual([
        'Meilisearch stopped unexpectedly (signal SIGKILL); restarting in 0.2 s.',
        'Meilisearch is running again.',
      ]);
      expect((await fetch(`${url}/health`)).status).toBe(200);
      expect((await fetch(`${url}/indexes/kept`, { headers })).status).toBe(200);
    } finally {
      await supervisor.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
