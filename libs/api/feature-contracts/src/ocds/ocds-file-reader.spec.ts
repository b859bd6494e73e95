import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { OcdsFileError, type OcdsFileItem, readOcdsFile } from './ocds-file-reader';

const release = (n: number) => ({
  ocid: `ocds-test-${n}`,
  id: `r${n}`,
  date: '2025-01-01T00:00:00Z',
  tag: ['tender'],
  initiationType: 'tender',
});

describe('reading OCDS files', () => {
  let dir: string;
  const file = async (name: string, text: string) => {
    const at = path.join(dir, name);
    await writeFile(at, text);
    return at;
  };
  const readAll = async (at: string) => {
    const items: OcdsFileItem[] = [];
    for await (const item of readOcdsFile(at)) items.push(item);
    return items;
  };

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'lgx-ocds-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('streams the releases of a release package with their position, whatever keys come first', async () => {
    const at = await file(
      'package.json',
      JSON.stringify(
        { releases: [release(1), release(2)], uri: 'x', publisher: { name: 'p' }, extensions: [] },
        null,
        1,
      ),
    );
    expect(await readAll(at)).toEqual([
      { position: '/releases/0', release: release(1) },
      { position: '/releases/1', release: release(2) },
    ]);
  });

  it('reads the embedded releases of a record package, else its compiled release, and refuses a record of links only', async () => {
    const at = await file(
      'records.json',
      JSON.stringify({
        uri: 'x',
        records: [
          { ocid: 'ocds-test-1', releases: [release(1), release(2)], compiledRelease: release(9) },
          {
            ocid: 'ocds-test-3',
            releases: [{ url: 'https://x/r3', date: 'd' }],
            compiledRelease: release(3),
          },
          { ocid: 'ocds-test-4', releases: [{ url: 'https://x/r4', date: 'd' }] },
        ],
      }),
    );
    const items = await readAll(at);
    expect(
      items.map((item) => [
        item.position,
        item.release ? (item.release as { id: string }).id : item.problem,
      ]),
    ).toEqual([
      ['/records/0/releases/0', 'r1'],
      ['/records/0/releases/1', 'r2'],
      ['/records/1/compiledRelease', 'r3'],
      ['/records/2', expect.stringMatching(/only linked releases/)],
    ]);
  });

  it('reads JSON Lines by line, refusing a line that is not JSON and going on', async () => {
    const at = await file(
      'releases.data',
      [JSON.stringify(release(1)), '{"ocid": broken', '', JSON.stringify(release(2))].join('\n'),
    );
    const items = await readAll(at);
    expect(items).toEqual([
      { position: 'line 1', release: release(1) },
      { position: 'line 2', problem: expect.stringMatching(/^not JSON/) },
      { position: 'line 4', release: release(2) },
    ]);
  });

  it('reads a JSON Lines file of records and of one-line packages', async () => {
    const at = await file(
      'mixed.jsonl',
      [
        JSON.stringify({ ocid: 'ocds-test-1', releases: [release(1)] }),
        JSON.stringify({ uri: 'x', releases: [release(2), release(3)] }),
      ].join('\n'),
    );
    expect((await readAll(at)).map((item) => item.position)).toEqual([
      'line 1 /releases/0',
      'line 2 /releases/0',
      'line 2 /releases/1',
    ]);
  });

  it('reads a bare JSON array of releases', async () => {
    const at = await file('array.json', JSON.stringify([release(1), release(2)], null, 2));
    expect((await readAll(at)).map((item) => item.position)).toEqual([
      '/releases/0',
      '/releases/1',
    ]);
  });

  it('fails the file, after what it could read, when it is not JSON or holds no releases', async () => {
    const truncated = await file(
      'truncated.json',
      `{"releases": [${JSON.stringify(release(1))}, {"ocid": `,
    );
    const read: OcdsFileItem[] = [];
    await expect(async () => {
      for await (const item of readOcdsFile(truncated)) read.push(item);
    }).rejects.toThrow(OcdsFileError);
    expect(read).toHaveLength(1);
    await expect(readAll(await file('other.json', '{"name": "not OCDS"}'))).rejects.toThrow(
      /no "releases" or "records" array/,
    );
  });

  it('fails a file that cannot be read with the reason the system gives', async () => {
    await expect(readAll(path.join(dir, 'missing.json'))).rejects.toThrow(
      'cannot be read (ENOENT)',
    );
    await expect(readAll(path.join(dir, 'missing.jsonl'))).rejects.toThrow(
      'cannot be read (ENOENT)',
    );
    await expect(readAll(dir)).rejects.toThrow('cannot be read (EISDIR)');
  });
});
