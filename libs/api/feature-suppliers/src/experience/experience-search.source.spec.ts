import type { CouncilEntity } from '@lgx/api/core/councils';
import type { CouncilDescription } from '@lgx/shared/domain';

import type { SupplierEntity } from '../supplier/supplier.entity';
import type { ExperienceEntity } from './experience.entity';
import { supplierExperienceDocument } from './experience-search.source';

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
const byRegion: CouncilDescription = {
  key: 'TYPE_AND_REGION|MD|North West',
  level: 'TYPE_AND_REGION',
  phrase: 'a metropolitan borough in the North West',
  typeCode: 'MD',
  region: 'North West',
  nation: 'England',
};
const byType: CouncilDescription = {
  key: 'TYPE|CTY',
  level: 'TYPE',
  phrase: 'a county council',
  typeCode: 'CTY',
  region: null,
  nation: 'England',
};
const experience = (extra: Partial<ExperienceEntity> = {}) =>
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
  }) as ExperienceEntity;

describe('supplier experience search documents', () => {
  it('indexes published experiences for officers only, with their facets', () => {
    expect(supplierExperienceDocument(experience(), supplier, council, byRegion)).toMatchObject({
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
      byRegion,
    )!;
    expect(document).toMatchObject({ region: 'North West', councilType: 'MD', councilCodes: [] });
    expect(document).not.toHaveProperty('councilCode');
    expect(document).not.toHaveProperty('councilName');
    expect(document).not.toHaveProperty('_geo');
    expect(JSON.stringify(document)).not.toMatch(/Stockport|SKP/);
    expect(document.summary).toMatch(/^A metropolitan borough in the North West rated it 4.2/);
  });

  it('gives an anonymised experience only the nation, region and type its description names', () => {
    const kent = {
      ...council,
      code: 'KEN',
      niceName: 'Kent',
      typeCode: 'CTY',
      region: 'South East',
    };
    const document = supplierExperienceDocument(
      experience({ attribution: 'ANONYMISED', councilCode: 'KEN' }),
      supplier,
      kent as CouncilEntity,
      byType,
    )!;
    expect(document).toMatchObject({ councilType: 'CTY', nation: 'England' });
    expect(document['region']).toBeUndefined();
    expect(document.summary).toMatch(/^A county council rated it/);
    // A named one carries its council's own place.
    expect(
      supplierExperienceDocument(
        experience({ councilCode: 'KEN' }),
        supplier,
        kent as CouncilEntity,
        byType,
      ),
    ).toMatchObject({ region: 'South East', councilCode: 'KEN' });
  });

  it('keeps anything not published out of the index', () => {
    for (const status of ['SUBMITTED', 'CHANGES_REQUESTED', 'REJECTED', 'REMOVED'] as const)
      expect(
        supplierExperienceDocument(experience({ status }), supplier, council, byRegion),
      ).toBeNull();
  });
});
