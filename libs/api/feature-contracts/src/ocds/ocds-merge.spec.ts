import { compileReleases, mergeRelease, type OcdsObject } from './ocds-merge';

const release = (id: string, date: string, body: OcdsObject): OcdsObject => ({
  ocid: 'ocds-test-1',
  id,
  date,
  tag: ['tender'],
  ...body,
});

describe('OCDS merge rules', () => {
  it('merges objects field by field: a later release keeps what it does not restate', () => {
    const compiled = compileReleases([
      release('1', '2025-01-01T00:00:00Z', { tender: { title: 'Old', description: 'Kept' } }),
      release('2', '2025-02-01T00:00:00Z', { tender: { title: 'New' } }),
    ]);
    expect(compiled?.['tender']).toEqual({ title: 'New', description: 'Kept' });
  });

  it('merges arrays of objects with an id by id, and appends new ids in order', () => {
    const compiled = compileReleases([
      release('1', '2025-01-01T00:00:00Z', {
        awards: [
          { id: 'a', status: 'pending', value: { amount: 1 } },
          { id: 'b', status: 'active' },
        ],
      }),
      release('2', '2025-02-01T00:00:00Z', {
        awards: [
          { id: 'a', status: 'active' },
          { id: 'c', status: 'active' },
        ],
      }),
    ]);
    expect(compiled?.['awards']).toEqual([
      { id: 'a', status: 'active', value: { amount: 1 } },
      { id: 'b', status: 'active' },
      { id: 'c', status: 'active' },
    ]);
  });

  it('treats ids of different JSON types as the same id (1 and "1")', () => {
    const compiled = compileReleases([
      release('1', '2025-01-01T00:00:00Z', { awards: [{ id: 1, title: 'x', status: 'pending' }] }),
      release('2', '2025-02-01T00:00:00Z', { awards: [{ id: '1', status: 'active' }] }),
    ]);
    expect(compiled?.['awards']).toEqual([{ id: '1', title: 'x', status: 'active' }]);
  });

  it('replaces arrays of strings, and arrays of objects without an id, whole', () => {
    const compiled = compileReleases([
      release('1', '2025-01-01T00:00:00Z', {
        tender: { submissionMethod: ['electronic', 'written'], milestones: [{ title: 'a' }] },
      }),
      release('2', '2025-02-01T00:00:00Z', {
        tender: { submissionMethod: ['inPerson'], milestones: [{ title: 'b' }] },
      }),
    ]);
    expect(compiled?.['tender']).toEqual({
      submissionMethod: ['inPerson'],
      milestones: [{ title: 'b' }],
    });
  });

  it('removes a field that a later release sets to null, at any depth', () => {
    const compiled = compileReleases([
      release('1', '2025-01-01T00:00:00Z', {
        tender: { title: 'T', value: { amount: 10, currency: 'GBP' } },
        planning: { rationale: 'r' },
      }),
      release('2', '2025-02-01T00:00:00Z', {
        tender: { value: { currency: null } },
        planning: null,
      }),
    ]);
    expect(compiled?.['tender']).toEqual({ title: 'T', value: { amount: 10 } });
    expect(compiled).not.toHaveProperty('planning');
  });

  it('compiles in date order whatever order the releases come in', () => {
    const older = release('1', '2025-01-01T00:00:00Z', { tender: { title: 'Older' } });
    const newer = release('2', '2025-01-02T00:00:00+00:00', { tender: { title: 'Newer' } });
    expect(compileReleases([newer, older])).toEqual(compileReleases([older, newer]));
    expect(compileReleases([newer, older])?.['tender']).toEqual({ title: 'Newer' });
  });

  it('orders by instant, not by the text of the date (time zones)', () => {
    // 10:00+02:00 is 08:00Z: earlier than 09:00Z although its text sorts later.
    const early = release('x', '2025-01-01T10:00:00+02:00', { tender: { title: 'Early' } });
    const late = release('y', '2025-01-01T09:00:00Z', { tender: { title: 'Late' } });
    expect(compileReleases([late, early])?.['tender']).toEqual({ title: 'Late' });
  });

  it('gives the compiled release its own id, date and the compiled tag', () => {
    const compiled = mergeRelease(null, release('r1', '2025-01-01T00:00:00Z', { language: 'en' }));
    expect(compiled).toEqual({
      ocid: 'ocds-test-1',
      id: 'ocds-test-1-2025-01-01T00:00:00Z',
      date: '2025-01-01T00:00:00Z',
      tag: ['compiled'],
      language: 'en',
    });
  });

  it('does not change the releases it merges', () => {
    const first = release('1', '2025-01-01T00:00:00Z', { awards: [{ id: 'a', title: 'A' }] });
    const snapshot = structuredClone(first);
    compileReleases([
      first,
      release('2', '2025-02-01T00:00:00Z', { awards: [{ id: 'a', title: 'B' }] }),
    ]);
    expect(first).toEqual(snapshot);
  });
});
