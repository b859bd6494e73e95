import { contractEvents } from './contract-events';
import type { CompiledProcess, StoredProcess } from './release-batch';

const compiled = (ocid: string, releaseCount: number): CompiledProcess => ({
  ocid,
  compiled: { ocid },
  newest: { date: new Date('2025-01-01T00:00:00Z'), id: 'r' },
  releaseCount,
});

const stored = (ocid: string): StoredProcess => ({
  ocid,
  lastReleaseDate: new Date('2024-01-01T00:00:00Z'),
  lastReleaseId: 'r0',
  releaseCount: 1,
  compiledRelease: { ocid },
});

describe('contractEvents', () => {
  it('tells of each contract written once, new or updated, by search id and version', () => {
    expect(
      contractEvents(
        [compiled('ocds-new', 2), compiled('ocds-old', 3), compiled('ocds/with space', 1)],
        new Map([['ocds-old', stored('ocds-old')]]),
      ),
    ).toEqual([
      {
        type: 'content.published',
        contentType: 'contract',
        id: 'ocds-new',
        change: 'new',
        version: '2',
      },
      {
        type: 'content.published',
        contentType: 'contract',
        id: 'ocds-old',
        change: 'updated',
        version: '3',
      },
      {
        type: 'content.published',
        contentType: 'contract',
        id: `_${Buffer.from('ocds/with space').toString('hex')}`,
        change: 'new',
        version: '1',
      },
    ]);
  });

  it('tells nothing of a contract whose ocid is too long to index', () => {
    expect(contractEvents([compiled('x'.repeat(300) + '/', 1)], new Map())).toEqual([]);
  });
});
