import {
  contractName,
  contractPath,
  endDescription,
  peerReason,
  type RadarContract,
  supplierOf,
  valueDescription,
} from './radar-contract';

const contract: RadarContract = {
  source: 'PUBLIC_CONTRACT',
  ocid: 'ocds-b5fd17-1/2',
  title: 'Library system',
  endsOn: '2028-03-31',
  endsOnBasis: 'LATEST_POSSIBLE_END',
  certainty: 'EXPECTED',
  supplierName: null,
  valueAmount: '2500000',
  valueCurrency: 'GBP',
  category: { code: '48000000-8', label: 'Software package and information systems' },
};

describe('radar contract labels', () => {
  it('describes a public contract', () => {
    expect(contractName(contract)).toBe('Library system');
    expect(contractPath(contract)).toBe('/contracts/ocds-b5fd17-1%2F2');
    expect(supplierOf(contract)).toBe('supplier not published');
    expect(endDescription(contract)).toBe(
      'ends 31 March 2028 (latest possible end, with extensions; expected at award)',
    );
    expect(valueDescription(contract)).toBe('£2,500,000');
  });

  it('describes an experience, and values in another or no currency as published', () => {
    const experience = {
      ...contract,
      source: 'SUPPLIER_EXPERIENCE' as const,
      ocid: null,
      title: null,
    };
    expect(contractName(experience)).toBe('Software package and information systems');
    expect(contractPath(experience)).toBeNull();
    expect(endDescription({ ...experience, endsOnBasis: 'CONTRACT_END', certainty: null })).toBe(
      'ends 31 March 2028',
    );
    expect(valueDescription({ ...contract, valueCurrency: 'EUR' })).toBe('2500000 EUR');
    expect(valueDescription({ ...contract, valueCurrency: null })).toBe(
      '2500000 (currency not stated)',
    );
    expect(valueDescription({ ...contract, valueAmount: null })).toBeNull();
  });

  it('names why a peer is shown', () => {
    expect(peerReason({ sameDivision: true, sameSupplier: true })).toBe(
      'same category and supplier',
    );
    expect(peerReason({ sameDivision: false, sameSupplier: true })).toBe('same supplier');
    expect(peerReason({ sameDivision: true, sameSupplier: false })).toBe('same category');
  });
});
