import { supplierOption } from './supplier-options';

describe('supplierOption', () => {
  it('tells namesakes apart by Companies House number, else by first category', () => {
    expect(
      supplierOption({
        id: 's1',
        name: 'Capita plc',
        companyNumber: '02081330',
        categories: [{ label: 'IT services' }],
      }),
    ).toEqual({ value: 's1', label: 'Capita plc', detail: 'Companies House 02081330' });
    expect(
      supplierOption({
        id: 's2',
        name: 'Civica',
        companyNumber: null,
        categories: [{ label: 'Software' }],
      }),
    ).toEqual({ value: 's2', label: 'Civica', detail: 'Software' });
    expect(supplierOption({ id: 's3', name: 'Idox', categories: [] })).toEqual({
      value: 's3',
      label: 'Idox',
    });
  });
});
