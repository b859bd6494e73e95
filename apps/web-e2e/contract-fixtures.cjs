// Public contracts for the browser journeys, as a Contracts Finder OCDS
// release package with dates counted from today, so the journeys pass on any
// day: Derby's current contract and an ended one, a Nottingham contract in the
// same CPV division ending within a year of Derby's, and a buyer name the
// matcher cannot place ("Nottm City Council") for a platform admin to match.
// Their Companies House numbers are used by no other journey (a supplier made
// from a notice holds its number in the directory).
const { writeFileSync } = require('node:fs');
const path = require('node:path');

/** An ISO instant `months` from today (negative: in the past), at midnight UTC. */
function monthsFromToday(months) {
  const date = new Date();
  date.setUTCHours(0, 0, 0, 0);
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().replace('.000Z', 'Z');
}

function release({ key, buyer, title, cpv, supplier, amount, startMonths, endMonths }) {
  const ocid = `ocds-b5fd17-e2e0000-${key}`;
  const buyerId = `GB-CFS-E2E-${key}-B`;
  const supplierId = supplier.companiesHouse
    ? `GB-COH-${supplier.companiesHouse}`
    : `GB-CFS-E2E-${key}-S`;
  const period = { startDate: monthsFromToday(startMonths), endDate: monthsFromToday(endMonths) };
  return {
    ocid,
    id: `${ocid}-award-1`,
    date: monthsFromToday(startMonths - 1),
    tag: ['award'],
    initiationType: 'tender',
    tender: {
      id: `E2E-${key}`,
      title,
      description: `${title}, awarded after an open procedure.`,
      status: 'complete',
      classification: { scheme: 'CPV', id: cpv },
      procurementMethod: 'open',
      procurementMethodDetails: 'Open procedure',
      contractPeriod: period,
    },
    parties: [
      { id: buyerId, name: buyer, roles: ['buyer'] },
      {
        id: supplierId,
        name: supplier.name,
        ...(supplier.companiesHouse
          ? { identifier: { scheme: 'GB-COH', id: supplier.companiesHouse } }
          : {}),
        roles: ['supplier'],
      },
    ],
    buyer: { id: buyerId, name: buyer },
    awards: [
      {
        id: `${ocid}-1`,
        status: 'active',
        date: monthsFromToday(startMonths - 1),
        value: { amount, currency: 'GBP' },
        suppliers: [{ id: supplierId, name: supplier.name }],
        contractPeriod: period,
        documents: [
          {
            id: '1',
            documentType: 'awardNotice',
            description: 'Awarded contract notice on Contracts Finder',
            url: `https://www.contractsfinder.service.gov.uk/Notice/e2e-${key}`,
            format: 'text/html',
          },
        ],
      },
    ],
  };
}

/** The journeys' contracts: what each must show is named in contracts.e2e-spec.ts. */
const CONTRACTS = {
  derbyCurrent: {
    key: 'der-housing',
    buyer: 'Derby City Council',
    title: 'Housing repairs management system',
    cpv: '72212000',
    supplier: { name: 'Repairline Software Ltd', companiesHouse: '13579246' },
    amount: 480000,
    startMonths: -28,
    endMonths: 8,
  },
  derbyEnded: {
    key: 'der-print',
    buyer: 'Derby City Council',
    title: 'Print and post for council tax bills',
    cpv: '79810000',
    supplier: { name: 'Midlands Print Services Ltd' },
    amount: 65000,
    startMonths: -40,
    endMonths: -4,
  },
  nottinghamPeer: {
    key: 'ngm-housing',
    buyer: 'Nottingham City Council',
    title: 'Tenancy management software',
    cpv: '72260000',
    supplier: { name: 'Tenancy Cloud Ltd', companiesHouse: '24681357' },
    amount: 350000,
    startMonths: -22,
    endMonths: 14,
  },
  unmatchedBuyer: {
    key: 'ngm-translation',
    buyer: 'Nottm City Council',
    title: 'Translation and interpreting services',
    cpv: '79530000',
    supplier: { name: 'Wordbridge Interpreting Ltd' },
    amount: 120000,
    startMonths: -6,
    endMonths: 30,
  },
};

/** Writes the package into `folder` and returns its path. */
function writeContractFixtures(folder) {
  const file = path.join(folder, 'e2e-contracts.json');
  const releases = Object.values(CONTRACTS).map(release);
  writeFileSync(
    file,
    JSON.stringify({
      uri: 'https://lgx.localhost/e2e-contracts.json',
      version: '1.1',
      publishedDate: monthsFromToday(0),
      publisher: { name: 'LGX browser journeys' },
      license: 'http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
      releases,
    }),
  );
  return file;
}

module.exports = { CONTRACTS, writeContractFixtures };
