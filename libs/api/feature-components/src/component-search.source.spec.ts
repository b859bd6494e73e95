import type { CouncilEntity } from '@lgx/api/core/councils';

import type { ComponentEntity } from './component.entity';
import { componentDocument } from './component-search.source';

const component = (extra: Partial<ComponentEntity> = {}) =>
  ({
    id: 'c1',
    name: 'BOPS',
    kind: 'OPEN_SOURCE_SOFTWARE',
    summary: 'Planning',
    description: 'Back office',
    features: ['Validate'],
    licence: 'MIT',
    maturity: 'LIVE',
    maintainingCouncilCodes: ['SWK', 'LBH'],
    serviceAreas: ['PLANNING'],
    technologies: ['OPEN_SOURCE'],
    standards: ['WCAG_2_2_AA'],
    adoptionCount: 3,
    maintainedAt: new Date('2025-01-31T10:00:00Z'),
    status: 'PUBLISHED',
    isSample: false,
    publishedAt: new Date('2025-01-01T00:00:00Z'),
    ...extra,
  }) as ComponentEntity;

const southwark = { code: 'SWK', niceName: 'Southwark', nation: 'England' } as CouncilEntity;

describe('component search document', () => {
  it('is public when published, with labels for facets and the adoption count for sorting', () => {
    expect(componentDocument(component(), [southwark])).toMatchObject({
      type: 'component',
      visibility: 'public',
      councilCodes: ['SWK', 'LBH'],
      category: 'Open-source software',
      licence: 'MIT',
      maturity: 'Live',
      serviceAreas: ['Planning and building control'],
      technologies: ['Open source'],
      maintainers: ['Southwark'],
      adoptionCount: 3,
      url: '/components/c1',
      publishedAt: 1735689600,
    });
  });

  it('says when the component becomes possibly stale: 12 months after its maintainers last changed it, never when retired', () => {
    expect(componentDocument(component(), [southwark]).staleFrom).toBe(
      Date.parse('2026-01-31T10:00:00Z') / 1000,
    );
    expect(
      componentDocument(component({ maturity: 'RETIRED' }), [southwark]).staleFrom,
    ).toBeUndefined();
  });

  it('is visible only to its maintaining councils while a draft', () => {
    const document = componentDocument(component({ status: 'DRAFT', publishedAt: null }), []);
    expect(document.visibility).toBe('council');
    expect(document.councilCodes).toEqual(['SWK', 'LBH']);
  });
});
