import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

import { readOcdsFile } from './ocds-file-reader';

const MEGABYTE = 1024 * 1024;

/** A release shaped like a Contracts Finder award, about 1 KB. */
function syntheticRelease(n: number): string {
  return JSON.stringify({
    ocid: `ocds-b5fd17-synthetic-${n}`,
    id: `synthetic-${n}`,
    date: '2025-01-23T17:45:04Z',
    tag: ['award'],
    initiationType: 'tender',
    tender: {
      id: `T${n}`,
      title: `Synthetic contract ${n}`,
      description: 'Catering services for six primary schools. '.repeat(12),
      classification: { scheme: 'CPV', id: '55524000' },
    },
    buyer: { id: 'GB-CFS-1', name: 'Derby City Council' },
    awards: [{ id: `${n}-1`, status: 'active', value: { amount: n, currency: 'GBP' } }],
  });
}

/** Writes about `size` bytes of releases, as JSON Lines or as one release package, without holding them. */
async function writeFile(at: string, format: 'lines' | 'package', size: number): Promise<number> {
  const out = createWriteStream(at);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  let count = 0;
  let written = 0;
  if (format === 'package') await write('{"uri": "https://example.test", "releases": [\n');
  while (written < size) {
    const line = syntheticRelease(count);
    const text = format === 'package' ? `${count > 0 ? ',\n' : ''}${line}` : `${line}\n`;
    await write(text);
    written += text.length;
    count++;
  }
  if (format === 'package') await write('\n], "version": "1.1"}\n');
  out.end();
  await once(out, 'finish');
  return count;
}

// Live memory, not garbage waiting for the collector: collect before each sample.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
const liveHeap = () => {
  collectGarbage();
  return process.memoryUsage().heapUsed;
};

/** Reads the file through, returning how many releases and the most the live heap grew, in MB. */
async function readThrough(at: string): Promise<{ count: number; growth: number }> {
  const before = liveHeap();
  let peak = before;
  let count = 0;
  for await (const item of readOcdsFile(at)) {
    if (item.release) count++;
    if (count % 5000 === 0) peak = Math.max(peak, liveHeap());
  }
  return { count, growth: (peak - before) / MEGABYTE };
}

describe('reading a large file keeps memory flat', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'lgx-ocds-memory-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  // Holding the file would take its size as text, and several times that as objects. The package
  // is smaller only to keep the run short: its parser is the slower one.
  it.each([
    ['lines', 50],
    ['package', 20],
  ] as const)(
    'as %s, %i MB',
    async (format, megabytes) => {
      const at = path.join(dir, `releases.${format === 'lines' ? 'jsonl' : 'json'}`);
      const written = await writeFile(at, format, megabytes * MEGABYTE);
      expect((await stat(at)).size).toBeGreaterThanOrEqual(megabytes * MEGABYTE);
      const { count, growth } = await readThrough(at);
      expect(count).toBe(written);
      console.log(`${format}: ${count} releases, live heap grew ${growth.toFixed(1)} MB at most`);
      expect(growth).toBeLessThan(16);
    },
    120_000,
  );
});
