import type { CouncilEntity } from '@lgx/api/core/councils';

import type { ProcurementGroupEntity } from './procurement-group.entity';
import { procurementGroupDocument } from './procurement-group-search.source';

const group = (extra: Partial<ProcurementGroupEntity> = {}) =>
  ({
    id: 'b3b0c1de-0000-4000-8000-000000000001',
    title: 'One full fibre network',
    need: 'Fibre to public service sites.',
    cpvCode: '32412000-4',
    leadCouncilCode: 'GMCA',
    visibility: 'OPEN',
    stage: 'AWARDED',
    isSample: false,
    sourceUrl: null,
    createdAt: new Date('2025-11-22T00:00:00Z'),
    ...extra,
  }) as ProcurementGroupEntity;

const councils = new Map(
  [
    ['GMCA', 'Greater Manchester', 'North West'],
    ['SKP', 'Stockport', 'North West'],
    ['DER', 'Derby', 'East Midlands'],
  ].map(([code, niceName, region]) => [code, { code, niceName, nation: 'England', region }]),
) as unknown as Map<string, CouncilEntity>;
const member = (councilCode: string, status: 'INTERESTED' | 'COMMITTED') => ({
  councilCode,
  status,
});

describe('procurementGroupDocument', () => {
  it('marks sample content, as component documents do', () => {
    const members = ['GMCA', 'SKP', 'DER'].map((code) => member(code, 'COMMITTED'));
    expect(procurementGroupDocument(group({ isSample: true }), councils, members)).toMatchObject({
      isSample: true,
      visibility: 'officers',
      category: 'Communications network',
      regions: ['East Midlands', 'North West'],
      membersCount: 3,
    });
    expect(procurementGroupDocument(group(), councils, members).isSample).toBe(false);
  });

  it('carries no member count or regions while they rest on fewer than 3 councils', () => {
    for (const members of [
      [member('GMCA', 'INTERESTED')],
      [member('GMCA', 'COMMITTED'), member('SKP', 'COMMITTED')],
      [member('GMCA', 'COMMITTED'), member('SKP', 'COMMITTED'), member('DER', 'INTERESTED')],
    ]) {
      const document = procurementGroupDocument(group(), councils, members);
      expect(document['regions']).toEqual([]);
      expect(document).not.toHaveProperty('membersCount');
    }
  });
});
