import type { OcdsObject } from '../ocds';
import { readContractRecord } from './contracting-process.rules';

const base: OcdsObject = {
  ocid: 'ocds-test-1',
  id: 'compiled',
  date: '2025-03-01T00:00:00Z',
  tag: ['compiled'],
  buyer: { id: 'B1', name: 'DERBY CITY COUNCIL' },
  parties: [
    {
      id: 'B1',
      name: 'Derby City Council',
      roles: ['buyer'],
      identifier: { scheme: 'GB-LAE', id: 'DER' },
      additionalIdentifiers: [{ scheme: 'GB-SRS', id: 'x' }],
    },
    {
      id: 'S1',
      name: 'Acme Ltd',
      roles: ['supplier'],
      identifier: { scheme: 'GB-COH', id: '01234567' },
    },
    { id: 'S2', name: 'Sole Trader', roles: ['supplier'] },
  ],
  tender: {
    title: 'Catering',
    description: 'School meals',
    procurementMethod: 'selective',
    procurementMethodDetails: 'Restricted procedure',
    classification: { scheme: 'CPV', id: '55524000' },
    additionalClassifications: [
      { scheme: 'CPV', id: '55520000' },
      { scheme: 'CPV', id: '55524000' },
      { scheme: 'UNSPSC', id: '90101500' },
    ],
    items: [{ id: '1', classification: { scheme: 'cpv', id: '15000000' } }],
    value: { amount: 900000 },
    contractPeriod: {
      startDate: '2025-09-01T00:00:00+01:00',
      endDate: '2028-08-31T23:59:59+01:00',
    },
    documents: [
      { id: '1', url: 'https://www.contractsfinder.service.gov.uk/Notice/abc' },
      { id: '2', url: 'https://www.mytenders.co.uk/search/show/search_view.aspx?ID=1' },
      { id: '3', url: 'not a url' },
    ],
  },
};

describe('reading the contract record from a compiled release', () => {
  it('reads title, description, buyer as published, CPV codes and procedure', () => {
    const record = readContractRecord(base);
    expect(record).toMatchObject({
      title: 'Catering',
      description: 'School meals',
      buyer: {
        name: 'DERBY CITY COUNCIL',
        identifiers: [
          { scheme: 'GB-LAE', id: 'DER' },
          { scheme: 'GB-SRS', id: 'x' },
        ],
      },
      cpvMain: '55524000',
      cpvAdditional: ['55520000', '15000000'],
      procurementMethod: 'selective',
      procurementMethodDetails: 'Restricted procedure',
      noticeUrls: ['https://www.contractsfinder.service.gov.uk/Notice/abc'],
    });
  });

  it('keeps a value without a currency as stated, never guessing one', () => {
    expect(readContractRecord(base).value).toEqual({
      amount: '900000',
      currency: null,
      source: 'TENDER_ESTIMATE',
    });
  });

  it('says where each date came from and how sure it is, preferring contract over award over tender', () => {
    const tenderOnly = readContractRecord(base);
    expect(tenderOnly.contractEnd).toEqual({
      value: new Date('2028-08-31T22:59:59Z'),
      source: 'TENDER_ESTIMATE',
      certainty: 'ESTIMATED',
    });
    expect(tenderOnly.maxExtentDate).toBeNull();

    const awarded = readContractRecord({
      ...base,
      awards: [
        { id: 'x', status: 'cancelled', contractPeriod: { endDate: '2020-01-01T00:00:00Z' } },
        {
          id: 'a',
          status: 'active',
          suppliers: [
            { id: 'S1', name: 'ACME LIMITED' },
            { id: 'S2', name: 'Sole Trader' },
          ],
          value: { amount: 850000, currency: 'GBP' },
          contractPeriod: {
            endDate: '2028-07-31T00:00:00Z',
            maxExtentDate: '2030-07-31T00:00:00Z',
          },
        },
      ],
      contracts: [{ id: 'c', awardID: 'a', period: { startDate: '2025-10-01T00:00:00Z' } }],
    });
    expect(awarded.contractStart).toEqual({
      value: new Date('2025-10-01T00:00:00Z'),
      source: 'CONTRACT',
      certainty: 'CONFIRMED',
    });
    expect(awarded.contractEnd).toEqual({
      value: new Date('2028-07-31T00:00:00Z'),
      source: 'AWARD',
      certainty: 'EXPECTED',
    });
    expect(awarded.maxExtentDate?.value).toEqual(new Date('2030-07-31T00:00:00Z'));
    expect(awarded.value).toEqual({ amount: '850000', currency: 'GBP', source: 'AWARD' });
    expect(awarded.suppliers).toEqual([
      {
        name: 'ACME LIMITED',
        companiesHouseNumber: '01234567',
        identifierScheme: 'GB-COH',
        identifierId: '01234567',
      },
      {
        name: 'Sole Trader',
        companiesHouseNumber: null,
        identifierScheme: null,
        identifierId: null,
      },
    ]);
  });

  it('states framework and dynamic market only when the release does', () => {
    expect(readContractRecord(base)).toMatchObject({ isFramework: null, isDynamicMarket: null });
    const stated = readContractRecord({
      ...base,
      tender: { techniques: { hasFrameworkAgreement: true, hasDynamicPurchasingSystem: false } },
    });
    expect(stated).toMatchObject({ isFramework: true, isDynamicMarket: false });
  });

  it('reads an empty release without failing', () => {
    expect(readContractRecord({ ocid: 'x', id: 'y', date: 'z', tag: [] })).toMatchObject({
      title: null,
      buyer: { name: null, identifiers: [] },
      suppliers: [],
      value: null,
      contractEnd: null,
      cpvMain: null,
    });
  });
});
