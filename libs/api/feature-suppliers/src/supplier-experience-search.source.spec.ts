import type { CouncilEntity } from '@lgx/api/core/councils';

import type { SupplierEntity } from './supplier.entity';
import type { SupplierExperienceEntity } from './supplier-experience.entity';
import { supplierExperienceDocument } from './supplier-experience-search.source';

const council = {
  code: 'SKP',
  niceName: 'Stockport',
  officialName: 'Stockport Metropolitan Borough Council',
  typeCode: 'MD',
  nation: 'England',
  region: 'North West',
  latitude: 53.39,
  longitude: -2.15,
} as CouncilEntity;
const supplier = { id: 's1', name: 'Civica' } as SupplierEntity;
const experience = (extra: Partial<SupplierExperienceEntity> = {}) =>
  ({
    id: 'e1',
    councilCode: 'SKP',
    supplierId: 's1',
    product: 'Revenues system',
    cpvCode: '48000000-8',
    routeToMarket: 'FRAMEWORK_FURTHER_COMPETITION',
    ratingDelivery: 5,
    ratingValueForMoney: 4,
    ratingSupport: 4,
    ratingInteroperability: 4,
    ratingExitAndDataPortability: 4,
    wouldBuyAgain: true,
    whatWorked: 'It worked.',
    whatDidNotWork: '',
    advice: '',
    attribution: 'NAMED',
    status: 'PUBLISHED',
    publishedAt: new Date('2026-01-01T00:00:00Z'),
    ...extra,
  }) as SupplierExperienceEntity;

describe('supplier experience search documents', () => {
  it('indexes published experiences for officers only, with their facets', () => {
    expect(supplierExperienceDocument(experience(), supplier, council)).toMatchObject({
      type: 'supplier_experience',
      title: 'Civica: Revenues system',
      visibility: 'officers',
      councilCode: 'SKP',
      councilName: 'Stockport',
      supplier: 'Civica',
      category: 'Software package and information systems',
      routeToMarket: 'Framework: further competition',
      ratingBand: '4 to 5 stars',
      overallRating: 4.2,
      region: 'North West',
      councilType: 'MD',
    });
  });

  it('leaves out anything that names the council of an anonymised experience', () => {
    const document = supplierExperienceDocument(
      experience({ attribution: 'ANONYMISED' }),
      supplier,
      council,
    )!;
    expect(document).toMatchObject({ region: 'North West', councilType: 'MD', councilCodes: [] });
    expect(document).not.toHaveProperty('councilCode');
    expect(document).not.toHaveProperty('councilName');
    expect(document).not.toHaveProperty('_geo');
    expect(JSON.stringify(document)).not.toMatch(/Stockport|SKP/);
    expect(document.summary).toMatch(/^A metropolitan borough in the North West rated it 4.2/);
  });

  it('keeps anything not published out of the index', () => {
    for (const status of ['SUBMITTED', 'CHANGES_REQUESTED', 'REJECTED', 'REMOVED'] as const)
      expect(supplierExperienceDocument(experience({ status }), supplier, council)).toBeNull();
  });
});
