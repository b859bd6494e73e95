import type { OcdsObject } from '../ocds';
import type { ContractDateCertainty, ContractDateSource } from './contracting-process.entity';

/** A buyer as a release publishes it. */
export interface PublishedBuyer {
  name: string | null;
  /** The buyer party's identifier and additional identifiers (scheme + id). */
  identifiers: { scheme: string; id: string }[];
}

export interface ContractSupplier {
  name: string;
  companiesHouseNumber: string | null;
  identifierScheme: string | null;
  identifierId: string | null;
}

export interface ContractDate {
  value: Date;
  source: ContractDateSource;
  certainty: ContractDateCertainty;
}

/** What LGX reads from a compiled release. */
export interface ContractRecord {
  title: string | null;
  description: string | null;
  buyer: PublishedBuyer;
  suppliers: ContractSupplier[];
  value: { amount: string; currency: string | null; source: ContractDateSource } | null;
  cpvMain: string | null;
  cpvAdditional: string[];
  procurementMethod: string | null;
  procurementMethodDetails: string | null;
  isFramework: boolean | null;
  isDynamicMarket: boolean | null;
  contractStart: ContractDate | null;
  contractEnd: ContractDate | null;
  maxExtentDate: ContractDate | null;
  noticeUrls: string[];
}

const CERTAINTY: Record<ContractDateSource, ContractDateCertainty> = {
  TENDER_ESTIMATE: 'ESTIMATED',
  AWARD: 'EXPECTED',
  CONTRACT: 'CONFIRMED',
};
/** Pages that are the notice itself, not the buyer's own documents. */
const NOTICE_HOST = /(^|\.)(contractsfinder\.service\.gov\.uk|find-tender\.service\.gov\.uk)$/i;
/** Awards that did not (or no longer) give the contract to anyone. */
const NOT_AWARDED = new Set(['cancelled', 'unsuccessful']);

function object(value: unknown): OcdsObject | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as OcdsObject)
    : undefined;
}

function objects(value: unknown): OcdsObject[] {
  return Array.isArray(value) ? value.map(object).filter((item) => item !== undefined) : [];
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function identifiersOf(party: OcdsObject | undefined): { scheme: string; id: string }[] {
  if (!party) return [];
  const all = [object(party['identifier']), ...objects(party['additionalIdentifiers'])];
  return all.flatMap((identifier) => {
    const scheme = text(identifier?.['scheme']);
    const id = identifier?.['id'] === undefined ? null : text(String(identifier['id']));
    return scheme && id ? [{ scheme, id }] : [];
  });
}

function partyFor(release: OcdsObject, reference: OcdsObject | undefined, role: string) {
  const parties = objects(release['parties']);
  const id = reference?.['id'];
  return (
    (id === undefined ? undefined : parties.find((party) => String(party['id']) === String(id))) ??
    (role === 'buyer'
      ? parties.find((party) => Array.isArray(party['roles']) && party['roles'].includes(role))
      : undefined)
  );
}

function buyerOf(release: OcdsObject): PublishedBuyer {
  const reference = object(release['buyer']);
  const party = partyFor(release, reference, 'buyer');
  return {
    name: text(reference?.['name']) ?? text(party?.['name']),
    identifiers: identifiersOf(party),
  };
}

function awarded(release: OcdsObject): OcdsObject[] {
  return objects(release['awards']).filter(
    (award) => !NOT_AWARDED.has(String(award['status'] ?? '')),
  );
}

function suppliersOf(release: OcdsObject): ContractSupplier[] {
  const seen = new Set<string>();
  const suppliers: ContractSupplier[] = [];
  for (const reference of awarded(release).flatMap((award) => objects(award['suppliers']))) {
    const party = partyFor(release, reference, 'supplier');
    const name = text(reference['name']) ?? text(party?.['name']);
    if (!name) continue;
    const identifiers = identifiersOf(party);
    const companiesHouse = identifiers.find((identifier) => identifier.scheme === 'GB-COH');
    const key = companiesHouse ? `COH:${companiesHouse.id}` : `NAME:${name.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    suppliers.push({
      name,
      companiesHouseNumber: companiesHouse?.id ?? null,
      identifierScheme: identifiers[0]?.scheme ?? null,
      identifierId: identifiers[0]?.id ?? null,
    });
  }
  return suppliers;
}

/** The contracts, awards and tender of a release, most certain first, with what each is. */
function stages(release: OcdsObject): { source: ContractDateSource; parts: OcdsObject[] }[] {
  const tender = object(release['tender']);
  return [
    {
      source: 'CONTRACT',
      parts: objects(release['contracts']).filter((contract) => contract['status'] !== 'cancelled'),
    },
    { source: 'AWARD', parts: awarded(release) },
    { source: 'TENDER_ESTIMATE', parts: tender ? [tender] : [] },
  ];
}

const PERIOD_KEY: Record<ContractDateSource, string> = {
  CONTRACT: 'period',
  AWARD: 'contractPeriod',
  TENDER_ESTIMATE: 'contractPeriod',
};

function dateOf(release: OcdsObject, field: 'startDate' | 'endDate' | 'maxExtentDate') {
  for (const { source, parts } of stages(release)) {
    for (const part of parts) {
      const stated = text(object(part[PERIOD_KEY[source]])?.[field]);
      const value = stated ? new Date(stated) : null;
      if (value && !Number.isNaN(value.getTime()))
        return { value, source, certainty: CERTAINTY[source] } satisfies ContractDate;
    }
  }
  return null;
}

function valueOf(release: OcdsObject): ContractRecord['value'] {
  for (const { source, parts } of stages(release)) {
    for (const part of parts) {
      const value = object(part['value']);
      const amount = value?.['amount'];
      if (typeof amount !== 'number' || !Number.isFinite(amount)) continue;
      return { amount: String(amount), currency: text(value?.['currency']), source };
    }
  }
  return null;
}

function cpvCodes(release: OcdsObject): { main: string | null; additional: string[] } {
  const tender = object(release['tender']);
  const items = [tender, ...awarded(release), ...objects(release['contracts'])].flatMap((part) =>
    objects(part?.['items']),
  );
  const classifications = [
    object(tender?.['classification']),
    ...objects(tender?.['additionalClassifications']),
    ...items.flatMap((item) => [
      object(item['classification']),
      ...objects(item['additionalClassifications']),
    ]),
  ];
  const codes = classifications.flatMap((classification) =>
    String(classification?.['scheme'] ?? '').toUpperCase() === 'CPV' &&
    classification?.['id'] !== undefined
      ? [String(classification['id']).trim()]
      : [],
  );
  const main = codes[0] ?? null;
  return { main, additional: [...new Set(codes.slice(1))].filter((code) => code !== main) };
}

function noticeUrlsOf(release: OcdsObject): string[] {
  const documents = [object(release['planning']), object(release['tender'])]
    .concat(awarded(release), objects(release['contracts']))
    .flatMap((part) => objects(part?.['documents']));
  const urls = [
    ...documents.map((document) => document['url']),
    ...objects(release['links']).map((link) => link['href']),
  ];
  return [
    ...new Set(
      urls.filter((url): url is string => {
        if (typeof url !== 'string') return false;
        try {
          return NOTICE_HOST.test(new URL(url).hostname);
        } catch {
          return false;
        }
      }),
    ),
  ];
}

function flag(techniques: OcdsObject | undefined, field: string): boolean | null {
  const value = techniques?.[field];
  return typeof value === 'boolean' ? value : null;
}

/** Reads the contract record from a compiled release: only what it states, nothing guessed. */
export function readContractRecord(release: OcdsObject): ContractRecord {
  const tender = object(release['tender']);
  const firstAward = awarded(release)[0];
  const firstContract = objects(release['contracts'])[0];
  const techniques = object(tender?.['techniques']);
  const cpv = cpvCodes(release);
  return {
    title:
      text(tender?.['title']) ??
      text(firstContract?.['title']) ??
      text(firstAward?.['title']) ??
      text(release['title']),
    description:
      text(tender?.['description']) ??
      text(firstContract?.['description']) ??
      text(firstAward?.['description']),
    buyer: buyerOf(release),
    suppliers: suppliersOf(release),
    value: valueOf(release),
    cpvMain: cpv.main,
    cpvAdditional: cpv.additional,
    procurementMethod: text(tender?.['procurementMethod']),
    procurementMethodDetails: text(tender?.['procurementMethodDetails']),
    isFramework: flag(techniques, 'hasFrameworkAgreement'),
    isDynamicMarket: flag(techniques, 'hasDynamicPurchasingSystem'),
    contractStart: dateOf(release, 'startDate'),
    contractEnd: dateOf(release, 'endDate'),
    maxExtentDate: dateOf(release, 'maxExtentDate'),
    noticeUrls: noticeUrlsOf(release),
  };
}
