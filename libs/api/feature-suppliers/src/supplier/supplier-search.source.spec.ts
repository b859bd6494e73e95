import type { SupplierEntity } from './supplier.entity';
import { supplierDocument } from './supplier-search.source';

const supplier = (extra: Partial<SupplierEntity> = {}): SupplierEntity => ({
  id: '7d3c1f0e-0000-4000-8000-000000000001',
  name: 'Capita Business Services',
  companyNumber: '02081330',
  website: 'https://www.capita.com',
  productsAndServices: 'Revenues and benefits software',
  cpvCodes: ['48000000-8', '72000000-5'],
  verified: true,
  mergedIntoId: null,
  createdBy: null,
  createdAt: new Date('2025-01-01T00:00:00Z'),
  updatedAt: new Date('2025-01-01T00:00:00Z'),
  ...extra,
});

describe('supplierDocument', () => {
  it('is for verified officers, with its categories as a facet and its page as the result', () => {
    expect(supplierDocument(supplier(), ['Capita plc', 'Capita plc'])).toEqual({
      id: '7d3c1f0e-0000-4000-8000-000000000001',
      type: 'supplier',
      title: 'Capita Business Services',
      titleSort: 'capita business services',
      summary: 'Revenues and benefits software',
      url: '/suppliers/7d3c1f0e-0000-4000-8000-000000000001',
      visibility: 'officers',
      councilCodes: [],
      groupIds: [],
      formerNames: ['Capita plc'],
      companyNumber: '02081330',
      category: [
        'Software package and information systems',
        'IT services: consulting, software development, Internet and support',
      ],
    });
  });

  it('says what it sells by its categories when it has no description, and leaves out what it lacks', () => {
    const document = supplierDocument(
      supplier({ productsAndServices: '', companyNumber: null, cpvCodes: ['48000000-8'] }),
    );
    expect(document).toMatchObject({ summary: 'Software package and information systems' });
    expect(document).not.toHaveProperty('companyNumber');
    expect(document!['formerNames']).toEqual([]);
  });

  it('is not indexed once merged into another supplier', () => {
    expect(
      supplierDocument(supplier({ mergedIntoId: '7d3c1f0e-0000-4000-8000-000000000002' })),
    ).toBeNull();
  });
});
