import { contractHitDetails } from './contract-hit';
import { searchHit } from './test/search-hit';

describe('a contract result', () => {
  it('carries the buyer, suppliers, value and dates its document holds, as published', () => {
    expect(
      contractHitDetails(
        searchHit('contract', {
          buyerName: 'DERBY CITY COUNCIL',
          supplier: ['Acme Ltd', 'Bravo plc'],
          valueStated: '120000.50',
          valueCurrency: 'GBP',
          contractEndAt: 1_800_000_000,
          maxExtentAt: 1_900_000_000,
        }),
      ),
    ).toEqual({
      buyerName: 'DERBY CITY COUNCIL',
      supplierNames: ['Acme Ltd', 'Bravo plc'],
      valueAmount: '120000.50',
      valueCurrency: 'GBP',
      contractEnd: new Date(1_800_000_000_000),
      maxExtentDate: new Date(1_900_000_000_000),
    });
  });

  it('leaves out what the notice did not state: no currency is null, never guessed', () => {
    expect(contractHitDetails(searchHit('contract', { valueStated: '5000' }))).toEqual({
      buyerName: null,
      supplierNames: [],
      valueAmount: '5000',
      valueCurrency: null,
      contractEnd: null,
      maxExtentDate: null,
    });
  });

  it('is all null for a result of another type', () => {
    const details = contractHitDetails(searchHit('case_study', { buyerName: 'X' }));
    expect(Object.values(details).every((value) => value === null)).toBe(true);
  });
});
