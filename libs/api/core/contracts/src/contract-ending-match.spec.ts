import { asPeer, endsWithinMonths, sameSupplier } from './contract-ending-match';
import type { ContractEnding } from './contract-endings';

const ending = (overrides: Partial<ContractEnding>): ContractEnding => ({
  id: 'ocds:ours',
  source: 'PUBLIC_CONTRACT',
  councilCode: 'DER',
  cpvCode: '72000000-5',
  endsOn: '2028-03-31',
  basis: 'CONTRACT_END',
  certainty: 'CONFIRMED',
  supplierName: 'Acme Ltd',
  suppliers: [{ name: 'Acme Ltd', companiesHouseNumber: '01234567', nameKey: 'acme' }],
  ocid: 'ours',
  title: null,
  valueAmount: null,
  valueCurrency: null,
  ...overrides,
});

describe('sameSupplier', () => {
  it('goes by Companies House number when both have one, else by name', () => {
    const acme = { name: 'Acme Ltd', companiesHouseNumber: '01234567', nameKey: 'acme' };
    expect(sameSupplier(acme, { ...acme, name: 'ACME LIMITED' })).toBe(true);
    expect(sameSupplier(acme, { ...acme, companiesHouseNumber: '99999999' })).toBe(false);
    expect(sameSupplier(acme, { ...acme, companiesHouseNumber: null })).toBe(true);
    expect(
      sameSupplier(acme, { name: 'Other', companiesHouseNumber: null, nameKey: 'other' }),
    ).toBe(false);
    const blank = { name: '', companiesHouseNumber: null, nameKey: '' };
    expect(sameSupplier(blank, blank)).toBe(false);
  });
});

describe('endsWithinMonths', () => {
  it('includes both edges, in calendar months', () => {
    expect(endsWithinMonths('2028-03-31', '2029-03-31', 12)).toBe(true);
    expect(endsWithinMonths('2028-03-31', '2029-04-01', 12)).toBe(false);
    expect(endsWithinMonths('2028-03-31', '2027-03-31', 12)).toBe(true);
    expect(endsWithinMonths('2028-03-31', '2027-03-30', 12)).toBe(false);
  });
});

describe('asPeer', () => {
  const ours = ending({});
  it('is another council’s contract in the same division or with a supplier in common, within the months', () => {
    const theirs = ending({
      id: 'ocds:theirs',
      councilCode: 'NOT',
      cpvCode: '72200000-7',
      suppliers: [],
    });
    expect(asPeer(ours, theirs, 12)).toEqual({
      peerOf: 'ocds:ours',
      ending: theirs,
      sameDivision: true,
      sameSupplier: false,
    });
    const bySupplier = { ...theirs, cpvCode: '90500000-2', suppliers: ours.suppliers };
    expect(asPeer(ours, bySupplier, 12)).toMatchObject({ sameDivision: false, sameSupplier: true });
  });

  it('is not the council’s own contract, one too far in time, or one with neither in common', () => {
    expect(asPeer(ours, ending({ id: 'ocds:mine' }), 12)).toBeNull();
    expect(asPeer(ours, ending({ councilCode: 'NOT', endsOn: '2029-04-01' }), 12)).toBeNull();
    expect(
      asPeer(ours, ending({ councilCode: 'NOT', cpvCode: '90500000-2', suppliers: [] }), 12),
    ).toBeNull();
  });
});
