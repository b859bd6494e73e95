import type { ContractSupplierEntity } from './contract-supplier.entity';
import type { ContractingProcessEntity } from './contracting-process.entity';
import { toContract } from './contracting-process.view';

const process = (extra: Partial<ContractingProcessEntity> = {}) =>
  ({
    ocid: 'ocds-b5fd17-1',
    title: 'Waste collection',
    description: null,
    buyerName: 'Derby City Council - Streetpride',
    buyerCouncilCode: 'DER',
    valueAmount: '1500000.00',
    valueCurrency: null,
    valueSource: 'TENDER_ESTIMATE',
    cpvMain: '90511000',
    cpvAdditional: ['99999999'],
    procurementMethod: 'open',
    procurementMethodDetails: null,
    isFramework: null,
    isDynamicMarket: false,
    contractStart: new Date('2025-04-01T00:00:00Z'),
    contractStartSource: 'CONTRACT',
    contractStartCertainty: 'CONFIRMED',
    contractEnd: new Date('2030-03-31T00:00:00Z'),
    contractEndSource: 'AWARD',
    contractEndCertainty: 'EXPECTED',
    maxExtentDate: null,
    maxExtentDateSource: null,
    maxExtentDateCertainty: null,
    noticeUrls: [],
    releaseCount: 2,
    lastReleaseDate: new Date('2025-01-15T10:00:00Z'),
    ...extra,
  }) as ContractingProcessEntity;

const supplier = (position: number, supplierId: string | null): ContractSupplierEntity => ({
  ocid: 'ocds-b5fd17-1',
  position,
  name: `Supplier ${position}`,
  companiesHouseNumber: null,
  identifierScheme: null,
  identifierId: null,
  supplierId,
});

describe('toContract', () => {
  const council = { code: 'DER', name: 'Derby' } as never;

  it('keeps the value exactly as stated, without a currency when none was given', () => {
    const contract = toContract(process(), { suppliers: [], entries: new Map(), council });
    expect(contract.value).toEqual({
      amount: '1500000.00',
      currency: null,
      source: 'TENDER_ESTIMATE',
    });
    expect(
      toContract(process({ valueAmount: null }), { suppliers: [], entries: new Map(), council })
        .value,
    ).toBeNull();
  });

  it('gives each date with its source and certainty, and none when the notices state none', () => {
    const contract = toContract(process(), { suppliers: [], entries: new Map(), council });
    expect(contract.contractStart).toEqual({
      date: new Date('2025-04-01T00:00:00Z'),
      source: 'CONTRACT',
      certainty: 'CONFIRMED',
    });
    expect(contract.contractEnd).toMatchObject({ source: 'AWARD', certainty: 'EXPECTED' });
    expect(contract.maxExtentDate).toBeNull();
  });

  it('labels the CPV codes LGX knows and leaves the label empty for the rest', () => {
    const contract = toContract(process(), { suppliers: [], entries: new Map(), council });
    expect(contract.cpvMain).toEqual({ code: '90511000', label: 'Refuse collection services' });
    expect(contract.cpvAdditional).toEqual([{ code: '99999999', label: null }]);
  });

  it("keeps the buyer's published name beside its council, and the suppliers in the notice's order with their entries", () => {
    const entry = { id: 'e1', name: 'Supplier One Ltd', verified: false };
    const contract = toContract(process(), {
      suppliers: [supplier(1, null), supplier(0, 'e1')],
      entries: new Map([['e1', entry]]),
      council,
    });
    expect(contract.buyer).toEqual({ name: 'Derby City Council - Streetpride', council });
    expect(contract.suppliers).toEqual([
      { name: 'Supplier 0', companiesHouseNumber: null, directoryEntry: entry },
      { name: 'Supplier 1', companiesHouseNumber: null, directoryEntry: null },
    ]);
  });
});
