import {
  compileBatch,
  ocidsToRecompile,
  releasesByOcid,
  type StoredProcess,
} from './release-batch';

const release = (ocid: string, id: string, date: string, title: string) => ({
  ocid,
  id,
  date,
  tag: ['tender'],
  tender: { id: 't', title },
});

describe('compiling a batch of releases', () => {
  const stored: StoredProcess = {
    ocid: 'p',
    lastReleaseDate: new Date('2025-02-01T00:00:00Z'),
    lastReleaseId: 'r2',
    releaseCount: 2,
    compiledRelease: { ocid: 'p', tender: { id: 't', title: 'Stored' }, buyer: { name: 'B' } },
  };

  it("orders each process's new releases by date, then id, whatever the batch's order", () => {
    const byOcid = releasesByOcid([
      release('p', 'b', '2025-03-01T00:00:00Z', ''),
      release('q', 'x', '2025-01-01T00:00:00Z', ''),
      release('p', 'a', '2025-03-01T01:00:00+01:00', ''),
    ]);
    expect(byOcid.get('p')!.map((r) => r.id)).toEqual(['a', 'b']);
    expect([...byOcid.keys()]).toEqual(['p', 'q']);
  });

  it('merges newer releases on top of the stored process', () => {
    const fresh = releasesByOcid([
      release('p', 'r4', '2025-04-01T00:00:00Z', 'Fourth'),
      release('p', 'r3', '2025-03-01T00:00:00Z', 'Third'),
    ]);
    const current = new Map([['p', stored]]);
    expect(ocidsToRecompile(fresh, current)).toEqual([]);
    const [compiled] = compileBatch(fresh, current, new Map());
    expect(compiled).toMatchObject({
      releaseCount: 4,
      newest: { date: new Date('2025-04-01T00:00:00Z'), id: 'r4' },
      compiled: { tender: { title: 'Fourth' }, buyer: { name: 'B' }, date: '2025-04-01T00:00:00Z' },
    });
  });

  it('recompiles from every stored release when one is no newer than the newest merged', () => {
    const late = release('p', 'r1', '2025-01-01T00:00:00Z', 'Late');
    const fresh = releasesByOcid([late]);
    const current = new Map([['p', stored]]);
    expect(ocidsToRecompile(fresh, current)).toEqual(['p']);
    const every = new Map([
      [
        'p',
        [
          release('p', 'r2', '2025-02-01T00:00:00Z', 'Second'),
          late,
          release('p', 'r0', '2024-12-01T00:00:00Z', 'Zeroth'),
        ],
      ],
    ]);
    const [compiled] = compileBatch(fresh, current, every);
    expect(compiled).toMatchObject({
      releaseCount: 3,
      newest: { id: 'r2' },
      compiled: { tender: { title: 'Second' } },
    });
  });
});
