import type { CouncilEntity } from '@lgx/api/core/councils';

import { ContractingProcessEntity } from './contracting-process.entity';
import { contractDocument, cpvDivisionLabel } from './contracting-process-search.source';

const process = (fields: Partial<ContractingProcessEntity> = {}): ContractingProcessEntity =>
  Object.assign(new ContractingProcessEntity(), {
    ocid: 'ocds-b5fd17-1',
    title: 'Highways maintenance',
    description: 'Reactive repairs to roads and footways.',
    buyerName: 'DERBY CITY COUNCIL',
    buyerCouncilCode: 'DER',
    valueAmount: '120000',
    valueCurrency: 'GBP',
    cpvMain: '45233141-9',
    cpvAdditional: ['72000000-5', '45000000-7'],
    contractStart: new Date('2024-04-01T00:00:00Z'),
    contractEnd: new Date('2027-03-31T00:00:00Z'),
    maxExtentDate: null,
    lastReleaseDate: new Date('2024-02-01T10:00:00Z'),
    ...fields,
  });

const derby = {
  code: 'DER',
  niceName: 'Derby',
  nation: 'England',
  region: 'East Midlands',
  typeCode: 'UA',
} as CouncilEntity;

describe('a contract’s search document', () => {
  it('is public, with its buyer as published, its council, suppliers, categories, value and end', () => {
    const doc = contractDocument(process(), ['Acme Roads Ltd', 'Acme Roads Ltd', 'Bravo'], derby)!;
    expect(doc).toMatchObject({
      id: 'ocds-b5fd17-1',
      type: 'contract',
      title: 'Highways maintenance',
      summary: 'Reactive repairs to roads and footways.',
      url: '/contracts/ocds-b5fd17-1',
      visibility: 'public',
      councilCode: 'DER',
      councilName: 'Derby',
      buyerCouncil: 'Derby',
      buyerName: 'DERBY CITY COUNCIL',
      region: 'East Midlands',
      supplier: ['Acme Roads Ltd', 'Bravo'],
      cpv: ['45233141-9', '72000000-5', '45000000-7'],
      valueStated: '120000',
      valueCurrency: 'GBP',
      valuePounds: 120000,
      valueBand: '£100,000 to under £1 million',
      contractEndAt: Date.parse('2027-03-31T00:00:00Z') / 1000,
      endsAt: Date.parse('2027-03-31T00:00:00Z') / 1000,
      endYear: '2027',
      publishedAt: Date.parse('2024-02-01T10:00:00Z') / 1000,
    });
    expect(doc['cpvDivision']).toEqual([
      'Construction work (45)',
      'IT services: consulting, software development, Internet and support (72)',
    ]);
  });

  it('ends at the latest possible end when stated, and takes its year from it', () => {
    const doc = contractDocument(
      process({ maxExtentDate: new Date('2029-03-31T00:00:00Z') }),
      [],
      derby,
    )!;
    expect(doc).toMatchObject({
      contractEndAt: Date.parse('2027-03-31T00:00:00Z') / 1000,
      maxExtentAt: Date.parse('2029-03-31T00:00:00Z') / 1000,
      endsAt: Date.parse('2029-03-31T00:00:00Z') / 1000,
      endYear: '2029',
    });
  });

  it('never ends before its end, should a notice state an extent before it', () => {
    const doc = contractDocument(
      process({ maxExtentDate: new Date('2026-03-31T00:00:00Z') }),
      [],
      derby,
    )!;
    expect(doc).toMatchObject({
      endsAt: Date.parse('2027-03-31T00:00:00Z') / 1000,
      endYear: '2027',
    });
  });

  it('states a value without a currency as it is, banded apart, never as pounds', () => {
    const doc = contractDocument(process({ valueCurrency: null }), [], derby)!;
    expect(doc).toMatchObject({
      valueStated: '120000',
      valueBand: 'Value stated without a currency',
    });
    expect(doc['valuePounds']).toBeUndefined();
    expect(doc['valueCurrency']).toBeUndefined();
  });

  it('has no council, and no end year, when the buyer was not matched and no end is stated', () => {
    const doc = contractDocument(
      process({ buyerCouncilCode: null, contractEnd: null, valueAmount: null }),
      [],
      undefined,
    )!;
    expect(doc).toMatchObject({
      visibility: 'public',
      councilCodes: [],
      valueBand: 'Value not stated',
    });
    expect(doc['buyerCouncil']).toBeUndefined();
    expect(doc['endYear']).toBeUndefined();
    expect(doc['endsAt']).toBeUndefined();
  });

  it('is titled from its description, or its ocid, when the notice gave no title', () => {
    expect(contractDocument(process({ title: null }), [], derby)!.title).toBe(
      'Reactive repairs to roads and footways.',
    );
    expect(contractDocument(process({ title: null, description: null }), [], derby)!.title).toBe(
      'Contract ocds-b5fd17-1',
    );
  });

  it('links to the contract page with the ocid escaped, under an id Meilisearch takes', () => {
    const doc = contractDocument(process({ ocid: 'ocds-x/2024 1' }), [], derby)!;
    expect(doc.url).toBe('/contracts/ocds-x%2F2024%201');
    expect(doc.id).toMatch(/^_[0-9a-f]+$/);
    expect(contractDocument(process({ ocid: `ocds-${'/'.repeat(300)}` }), [], derby)).toBeNull();
  });

  it('labels a CPV division from the vocabulary, or by its number', () => {
    expect(cpvDivisionLabel('90511000-2')).toBe(
      'Sewage, refuse, cleaning and environmental services (90)',
    );
    expect(cpvDivisionLabel('99999999-9')).toBe('CPV division 99');
  });
});
