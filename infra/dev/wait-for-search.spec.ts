import { progressLine, type SearchReport, waitForSearch } from './wait-for-search';

const building = (built: number, pending: number): SearchReport => ({
  state: 'building',
  pending,
  indexes: [
    { type: 'council', state: built > 0 ? 'built' : 'building', documents: built > 0 ? 400 : 0 },
    { type: 'component', state: built > 1 ? 'built' : 'building', documents: built > 1 ? 12 : 0 },
  ],
});

/** Answers the reports in turn, then the last one forever. */
const scripted = (reports: (SearchReport | null)[]) => {
  let calls = 0;
  return {
    read: async () => reports[Math.min(calls++, reports.length - 1)]!,
    calls: () => calls,
  };
};

describe('waitForSearch', () => {
  it('waits through the first build, showing its progress, until nothing is left to index', async () => {
    const api = scripted([
      null,
      building(0, 0),
      building(1, 0),
      building(2, 380),
      { ...building(2, 12), state: 'ready' },
      { ...building(2, 0), state: 'ready' },
    ]);
    const lines: string[] = [];
    const state = await waitForSearch({
      read: api.read,
      progress: (line) => lines.push(line),
      limitMs: 10_000,
      pollMs: 1,
    });
    expect(state).toBe('ready');
    expect(api.calls()).toBe(6);
    expect(lines).toEqual([
      'Preparing search: waiting for the API to answer',
      'Preparing search: 0 of 2 indexes built, 0 documents',
      'Preparing search: 1 of 2 indexes built, 400 documents',
      'Preparing search: 2 of 2 indexes built, 412 documents, 380 changes to index',
      'Preparing search: 2 of 2 indexes built, 412 documents, 12 changes to index',
    ]);
  });

  it('stops waiting at the limit and says search is still building', async () => {
    const started = Date.now();
    const state = await waitForSearch({
      read: scripted([building(1, 5)]).read,
      progress: () => undefined,
      limitMs: 200,
      pollMs: 10,
    });
    expect(state).toBe('building');
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('does not wait at all with a limit of 0, and reports an unavailable search as such', async () => {
    const lines: string[] = [];
    expect(
      await waitForSearch({
        read: scripted([{ state: 'unavailable' }]).read,
        progress: (line) => lines.push(line),
        limitMs: 0,
      }),
    ).toBe('unavailable');
    expect(lines).toEqual([]);
    expect(progressLine({ state: 'unavailable' })).toBe(
      'Preparing search: waiting for Meilisearch to answer',
    );
  });
});
