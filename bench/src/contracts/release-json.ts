import type { ProcessSpec, SyntheticSupplier } from './process-spec';

/** The stages of a process, one release each, in date order. */
const TAGS = ['tender', 'award', 'contract', 'contractAmendment'] as const;

const iso = (instant: number) => new Date(instant).toISOString().replace(/\.\d{3}Z$/, 'Z');

function period(spec: ProcessSpec, extended = false) {
  const end = extended ? spec.contractEnd + 180 * 86_400_000 : spec.contractEnd;
  return {
    startDate: iso(spec.contractStart),
    endDate: iso(end),
    ...(spec.maxExtent === null ? {} : { maxExtentDate: iso(Math.max(spec.maxExtent, end)) }),
  };
}

function supplierId(supplier: SyntheticSupplier, position: number, spec: ProcessSpec): string {
  return supplier.companiesHouseNumber
    ? `GB-COH-${supplier.companiesHouseNumber}`
    : `GB-CFS-${spec.noticeId}-${position}`;
}

function parties(spec: ProcessSpec, stage: number) {
  const buyer = {
    id: spec.buyerPartyId,
    name: spec.buyer.name,
    identifier: { legalName: spec.buyer.name, ...(spec.buyer.identifier ?? {}) },
    address: { locality: 'England', countryName: 'GB' },
    contactPoint: { name: 'Procurement team', email: 'procurement@example.gov.uk' },
    roles: ['buyer'],
  };
  if (stage === 0) return [buyer];
  return [
    buyer,
    ...spec.suppliers.map((supplier, position) => ({
      id: supplierId(supplier, position, spec),
      name: supplier.name,
      identifier: supplier.companiesHouseNumber
        ? { scheme: 'GB-COH', id: supplier.companiesHouseNumber, legalName: supplier.name }
        : { legalName: supplier.name },
      roles: ['supplier'],
    })),
  ];
}

function tender(spec: ProcessSpec, stage: number) {
  const noticeUrl = `https://www.contractsfinder.service.gov.uk/Notice/${spec.noticeId}`;
  return {
    id: `CF-${spec.noticeId}`,
    title: spec.title,
    description: spec.description,
    status: stage === 0 ? 'active' : 'complete',
    classification: { scheme: 'CPV', id: spec.cpv[0], description: spec.cpv[1] },
    items: [
      {
        id: '1',
        ...(spec.additionalCpv
          ? { additionalClassifications: [{ scheme: 'CPV', id: spec.additionalCpv }] }
          : {}),
        deliveryAddresses: [{ region: 'England', countryName: 'United Kingdom' }],
      },
    ],
    value: { amount: spec.value, currency: 'GBP' },
    procurementMethod: spec.method[0],
    procurementMethodDetails: spec.method[1],
    tenderPeriod: { endDate: iso(spec.releaseDates[0]! + 30 * 86_400_000) },
    contractPeriod: period(spec),
    ...(spec.isFramework ? { techniques: { hasFrameworkAgreement: true } } : {}),
    mainProcurementCategory: 'services',
    documents: [
      {
        id: '1',
        documentType: 'tenderNotice',
        url: noticeUrl,
        format: 'text/html',
        language: 'en',
      },
    ],
  };
}

function award(spec: ProcessSpec) {
  return {
    id: `${spec.ocid}-1`,
    status: 'active',
    date: iso(spec.releaseDates[1]!),
    value: { amount: Math.round(spec.value * 0.95 * 100) / 100, currency: 'GBP' },
    suppliers: spec.suppliers.map((supplier, position) => ({
      id: supplierId(supplier, position, spec),
      name: supplier.name,
    })),
    contractPeriod: period(spec),
  };
}

function contract(spec: ProcessSpec, stage: number) {
  const amended = stage >= 3;
  return {
    id: `${spec.ocid}-contract-1`,
    awardID: `${spec.ocid}-1`,
    status: 'active',
    value: { amount: Math.round(spec.value * (amended ? 1.1 : 0.95) * 100) / 100, currency: 'GBP' },
    period: period(spec, amended),
    dateSigned: iso(spec.releaseDates[2]!),
  };
}

/** The release of one stage of a process, as Contracts Finder publishes them (OCDS 1.1). */
export function releaseOf(spec: ProcessSpec, stage: number): Record<string, unknown> {
  return {
    ocid: spec.ocid,
    id: `${spec.noticeId}-${stage}`,
    language: 'en',
    date: iso(spec.releaseDates[stage]!),
    tag: [TAGS[stage]],
    initiationType: 'tender',
    tender: tender(spec, stage),
    parties: parties(spec, stage),
    buyer: { id: spec.buyerPartyId, name: spec.buyer.name },
    ...(stage >= 1 ? { awards: [award(spec)] } : {}),
    ...(stage >= 2 ? { contracts: [contract(spec, stage)] } : {}),
  };
}
