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

const councils = new Map([
  [
    'GMCA',
    { code: 'GMCA', niceName: 'Greater Manchester', nation: 'England', region: 'North West' },
  ],
]) as unknown as Map<string, CouncilEntity>;

describe('procurementGroupDocument', () => {
  it('marks sample content, as component documents do', () => {
    expect(procurementGroupDocument(group({ isSample: true }), councils, ['GMCA'])).toMatchObject({
      isSample: true,
      visibility: 'officers',
      category: 'Communications network',
      regions: ['North West'],
    });
    expect(procurementGroupDocument(group(), councils, ['GMCA']).isSample).toBe(false);
  });
});
