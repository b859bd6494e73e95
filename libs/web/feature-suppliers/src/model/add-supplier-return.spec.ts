import { addSupplierPath, afterAddingSupplier } from './add-supplier-return';

describe('adding a supplier from an experience form', () => {
  it('takes the name typed, and says which form to come back to', () => {
    expect(addSupplierPath('new', ' Acme & Sons ')).toBe(
      '/suppliers/new?then=experience&name=Acme+%26+Sons',
    );
    expect(addSupplierPath({ id: 'e-1' }, '')).toBe('/suppliers/new?then=experience%3Ae-1');
  });

  it('comes back to that form with the new supplier chosen, and never goes elsewhere', () => {
    expect(afterAddingSupplier('experience', 's9')).toBe('/supplier-experiences/new?supplier=s9');
    expect(afterAddingSupplier('experience:e-1', 's9')).toBe(
      '/supplier-experiences/e-1/edit?supplier=s9',
    );
    expect(afterAddingSupplier(null, 's9')).toBe('/suppliers/s9');
    expect(afterAddingSupplier('experience:../../evil', 's9')).toBe('/suppliers/s9');
    expect(afterAddingSupplier('https://evil.example', 's9')).toBe('/suppliers/s9');
  });
});
