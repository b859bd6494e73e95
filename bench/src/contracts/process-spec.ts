import type { Random } from '../prng';
import type { BuyerPicker, SyntheticBuyer } from './buyer-names';

/** CPV codes councils buy under (8 digits, as Contracts Finder publishes them), most common first. */
const CPV = [
  ['72000000', 'IT services: consulting, software development, Internet and support'],
  ['48000000', 'Software package and information systems'],
  ['85310000', 'Social work services'],
  ['90500000', 'Refuse and waste related services'],
  ['45000000', 'Construction work'],
  ['79400000', 'Business and management consultancy and related services'],
  ['80000000', 'Education and training services'],
  ['60100000', 'Road transport services'],
  ['50700000', 'Repair and maintenance services of building installations'],
  ['71000000', 'Architectural, construction, engineering and inspection services'],
  ['64200000', 'Telecommunications services'],
  ['98000000', 'Other community, social and personal services'],
] as const;
const METHODS = [
  ['open', 'Open procedure'],
  ['selective', 'Call-off from a framework agreement'],
  ['limited', 'Negotiated without prior publication'],
  ['direct', 'Direct award'],
] as const;
const WORDS = ['Provision of', 'Supply of', 'Framework for', 'Support for', 'Managed service for'];
const SUBJECTS = [
  'case management system',
  'highways maintenance',
  'home to school transport',
  'domestic waste collection',
  'supported living',
  'library management system',
  'building cleaning',
  'network services',
  'payroll and HR system',
  'reablement services',
];
const SENTENCES = [
  'Requirements are set out in the specification and its schedules.',
  'The contract will be let for an initial term with options to extend.',
  'Bidders must hold Cyber Essentials Plus certification at the start of the contract.',
  'Social value accounts for ten per cent of the quality score.',
  'The service must integrate with the existing case management and finance systems.',
  'TUPE may apply; staff information will be shared with shortlisted bidders.',
  'Clarification questions must be submitted through the e-tendering portal.',
  'The authority reserves the right not to award a contract.',
  'Prices must be held for the first two years of the term.',
  'Key performance indicators are reported monthly to the contract manager.',
];
const SUPPLIER_FIRST = ['Ash', 'Brack', 'Cal', 'Dun', 'Elm', 'Fen', 'Gar', 'Hal', 'Kel', 'Lark'];
const SUPPLIER_SECOND = ['ford', 'mere', 'by', 'ton', 'den', 'holt', 'wick', 'worth', 'ley'];
const SUPPLIER_KIND = ['Services Ltd', 'Systems Ltd', 'Group plc', 'Care Ltd', 'Solutions LLP'];

const DAY = 86_400_000;
/** The notices' dates run from 2019 to 2026. */
const FIRST_NOTICE = Date.UTC(2019, 0, 1);

export interface SyntheticSupplier {
  name: string;
  companiesHouseNumber: string | null;
}

/** Everything about one synthetic process, from which each of its releases is written. */
export interface ProcessSpec {
  ocid: string;
  noticeId: string;
  buyer: SyntheticBuyer;
  buyerPartyId: string;
  title: string;
  description: string;
  cpv: readonly [string, string];
  additionalCpv: string | null;
  method: readonly [string, string];
  value: number;
  /** Instants of its releases: tender, award, contract and, for some, an amendment. */
  releaseDates: number[];
  contractStart: number;
  contractEnd: number;
  maxExtent: number | null;
  suppliers: SyntheticSupplier[];
  isFramework: boolean;
}

function supplierOf(random: Random): SyntheticSupplier {
  const name = `${random.pick(SUPPLIER_FIRST)}${random.pick(SUPPLIER_SECOND)} ${random.pick(SUPPLIER_KIND)}`;
  // Companies House numbers: 8 digits, or two letters and 6 digits (SC, NI, OC...).
  const number = random.chance(0.1)
    ? `${random.pick(['SC', 'OC', 'NI'])}${String(random.int(0, 999_999)).padStart(6, '0')}`
    : String(random.int(100_000, 15_999_999)).padStart(8, '0');
  return { name, companiesHouseNumber: random.chance(0.7) ? number : null };
}

function releaseDates(random: Random, stages: number): number[] {
  const dates = [FIRST_NOTICE + random.int(0, 7 * 365) * DAY + random.int(0, DAY - 1)];
  for (let stage = 1; stage < stages; stage++)
    dates.push(dates[stage - 1]! + random.int(7, 180) * DAY + random.int(0, DAY - 1));
  return dates;
}

/** One process: its buyer, what it buys, for how much, from whom and when, drawn from `random`. */
export function processSpec(random: Random, index: number, buyers: BuyerPicker): ProcessSpec {
  const uuid = [8, 4, 4, 4, 12]
    .map((length) => Array.from({ length }, () => random.int(0, 15).toString(16)).join(''))
    .join('-');
  const stages = random.pick([1, 2, 2, 3, 3, 3, 4]);
  const dates = releaseDates(random, stages);
  const contractStart = dates[0]! + random.int(30, 200) * DAY;
  const years = random.pick([1, 2, 3, 3, 4, 5, 7]);
  const contractEnd = contractStart + years * 365 * DAY - 1000;
  const subject = random.pick(SUBJECTS);
  return {
    ocid: `ocds-b5fd17-${uuid}`,
    noticeId: `${uuid.slice(0, 8)}-bench-${index}`,
    buyer: buyers.pick(random),
    buyerPartyId: `GB-CFS-${random.int(100_000, 999_999)}`,
    title: `${random.pick(WORDS)} ${subject}`,
    description: [
      `The council seeks a provider for ${subject}, lot ${random.int(1, 4)}.`,
      ...Array.from({ length: random.int(4, 24) }, () => random.pick(SENTENCES)),
    ].join(' '),
    cpv: random.pick(CPV),
    additionalCpv: random.chance(0.3) ? random.pick(CPV)[0] : null,
    method: random.pick(METHODS),
    value: Math.round(random.logNormal(150_000, 1.6) * 100) / 100,
    releaseDates: dates,
    contractStart,
    contractEnd,
    maxExtent: random.chance(0.4) ? contractEnd + random.int(1, 3) * 365 * DAY : null,
    suppliers: Array.from({ length: random.chance(0.15) ? random.int(2, 4) : 1 }, () =>
      supplierOf(random),
    ),
    isFramework: random.chance(0.2),
  };
}
