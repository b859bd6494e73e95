import { MAX_RELEASE_DEPTH, releaseProblems } from './ocds-release-validator';

const valid = {
  ocid: 'ocds-test-1',
  id: 'r1',
  date: '2025-01-01T00:00:00Z',
  tag: ['tender'],
  initiationType: 'tender',
};

describe('checking a release', () => {
  it('accepts a valid OCDS 1.1 release', () => {
    expect(releaseProblems(valid)).toEqual([]);
  });

  it('gives the JSON path and the reason of every problem the schema finds', () => {
    const { date: _date, ...undated } = valid;
    expect(releaseProblems(undated)).toEqual([{ path: '/', reason: 'must have date' }]);
    expect(releaseProblems({ ...valid, tender: { id: 't', value: { amount: 'x' } } })).toEqual([
      { path: '/tender/value/amount', reason: 'must be number,null' },
    ]);
    expect(releaseProblems('a string')).toEqual([{ path: '/', reason: 'must be object' }]);
  });

  it('refuses a date the schema allows but that cannot be put in order (a leap second)', () => {
    expect(releaseProblems({ ...valid, date: '2016-12-31T23:59:60Z' })).toEqual([
      { path: '/date', reason: 'is not a date and time that can be put in order with others' },
    ]);
    expect(releaseProblems({ ...valid, date: '2025-01-01t00:00:00z' })).toEqual([]);
  });

  it('refuses a NUL character, which PostgreSQL cannot store, with where it is', () => {
    expect(releaseProblems({ ...valid, tender: { id: 't', title: 'Bins\u0000' } })).toEqual([
      {
        path: '/tender/title',
        reason: 'contains a NUL character (\\u0000), which cannot be stored',
      },
    ]);
    expect(releaseProblems({ ...valid, 'a/b\u0000': 1 })).toEqual([
      { path: '/', reason: 'has a key with a NUL character (\\u0000)' },
    ]);
  });

  it('refuses nesting far deeper than any notice, without overflowing the stack', () => {
    let deep: Record<string, unknown> = {};
    const root = { ...valid, x: deep };
    for (let level = 0; level < 100_000; level++) {
      const next = {};
      deep['y'] = next;
      deep = next;
    }
    const [problem] = releaseProblems(root);
    expect(problem?.reason).toBe(`is nested deeper than ${MAX_RELEASE_DEPTH} levels`);
    expect(problem?.path).toMatch(/^\/x(\/y)+$/);
  });
});
