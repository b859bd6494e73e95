import { readSupplierForm, SUPPLIER_FIELD_IDS } from './supplier-form-values';

const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.set(name, value);
  return data;
};

describe('readSupplierForm', () => {
  it('completes a web address and keeps the categories the supplier has', () => {
    const { input, problems } = readSupplierForm(
      form({ name: ' Acme ', website: 'acme.example', cpvCodes: '48000000-8' }),
      SUPPLIER_FIELD_IDS,
      'Software package and information systems',
      ['72000000-5', '48000000-8'],
    );
    expect(problems).toEqual([]);
    expect(input).toEqual({
      name: 'Acme',
      companyNumber: null,
      website: 'https://acme.example',
      productsAndServices: null,
      cpvCodes: ['72000000-5', '48000000-8'],
    });
  });

  it('sends a category typed but not chosen as typed, for the API to refuse too', () => {
    const { input, problems } = readSupplierForm(form({}), SUPPLIER_FIELD_IDS, 'softw');
    expect(input.cpvCodes).toEqual(['softw']);
    expect(problems).toEqual([
      {
        field: 'cpvCodes',
        message: 'Choose a category from the list, or clear the box to add none',
      },
    ]);
  });
});
