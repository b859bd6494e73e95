import { Random } from '../prng';

/**
 * What councils buy. The features file it under a CPV code, whose label is the
 * category facet of supplier experiences and procurement groups; the name is
 * for the text.
 */
export interface ProcurementCategory {
  name: string;
  /** CPV code with its check digit (libs/shared/domain cpv.ts), one per category. */
  cpv: string;
  /** The service area it mostly serves (for the text). */
  serviceArea: string;
  /** Words products in this category are named with. */
  productWords: string[];
}

/** Categories, most common first. */
export const PROCUREMENT_CATEGORIES: ProcurementCategory[] = [
  {
    name: 'Social care case management',
    cpv: '48100000-9',
    serviceArea: 'Adult social care',
    productWords: ['CarePath', 'Casebook', 'Care 360'],
  },
  {
    name: 'Customer relationship management',
    cpv: '48400000-2',
    serviceArea: 'Customer services',
    productWords: ['Connect', 'Resident Hub', 'Engage'],
  },
  {
    name: 'Revenues and benefits system',
    cpv: '48000000-8',
    serviceArea: 'Revenues and benefits',
    productWords: ['Revenues Cloud', 'Benefits Plus', 'Ledger'],
  },
  {
    name: 'Housing management system',
    cpv: '48900000-7',
    serviceArea: 'Housing',
    productWords: ['Housing 360', 'Tenancy', 'Repairs Online'],
  },
  {
    name: 'Chatbot and AI assistant',
    cpv: '72200000-7',
    serviceArea: 'Customer services',
    productWords: ['Assist', 'Converse', 'Ask'],
  },
  {
    name: 'Finance and ERP',
    cpv: '48800000-6',
    serviceArea: 'Finance',
    productWords: ['Finance Suite', 'ERP Cloud', 'Ledger'],
  },
  {
    name: 'Planning and building control system',
    cpv: '72000000-5',
    serviceArea: 'Planning',
    productWords: ['PlanIt', 'Planning Portal', 'Consult'],
  },
  {
    name: 'Waste management system',
    cpv: '90500000-2',
    serviceArea: 'Waste and recycling',
    productWords: ['Rounds', 'Collect', 'Waste Manager'],
  },
  {
    name: 'Network and connectivity',
    cpv: '32412000-4',
    serviceArea: 'ICT and digital',
    productWords: ['Fibre', 'WAN', 'Connect'],
  },
  {
    name: 'Data and analytics',
    cpv: '72300000-8',
    serviceArea: 'ICT and digital',
    productWords: ['Insight', 'Analytics', 'Data Hub'],
  },
  {
    name: 'Telecare and monitoring',
    cpv: '33190000-8',
    serviceArea: 'Adult social care',
    productWords: ['Lifeline', 'Sense', 'Home Safe'],
  },
  {
    name: 'Cloud hosting',
    cpv: '72400000-4',
    serviceArea: 'ICT and digital',
    productWords: ['Cloud', 'Hosting'],
  },
  {
    name: 'Payments',
    cpv: '66000000-0',
    serviceArea: 'Customer services',
    productWords: ['Pay', 'Payments'],
  },
  {
    name: 'Document management',
    cpv: '48300000-1',
    serviceArea: 'Information governance',
    productWords: ['Records', 'Docs', 'Archive'],
  },
  {
    name: 'Education management system',
    cpv: '48600000-4',
    serviceArea: 'Education and SEND',
    productWords: ['Schools', 'EHC Hub', 'Admissions'],
  },
  {
    name: 'Parking enforcement',
    cpv: '79700000-1',
    serviceArea: 'Parking',
    productWords: ['Permit', 'Enforce', 'Park'],
  },
  {
    name: 'Cyber security',
    cpv: '72800000-8',
    serviceArea: 'ICT and digital',
    productWords: ['Shield', 'Guard'],
  },
  {
    name: 'Library management system',
    cpv: '92500000-6',
    serviceArea: 'Libraries and culture',
    productWords: ['Library', 'Catalogue'],
  },
  {
    name: 'Devices',
    cpv: '30213000-5',
    serviceArea: 'ICT and digital',
    productWords: ['Devices', 'Laptops'],
  },
  {
    name: 'Consultancy',
    cpv: '79400000-8',
    serviceArea: 'Procurement',
    productWords: ['Advisory', 'Discovery'],
  },
];

const FIRST = ['Ash', 'Brack', 'Cal', 'Dun', 'Elm', 'Fen', 'Gar', 'Hal', 'Ives', 'Kel', 'Lark'];
const FIRST_MORE = ['Mor', 'Nor', 'Oak', 'Pel', 'Quin', 'Rook', 'Sal', 'Tarn', 'Vale', 'Wen'];
const SECOND = ['ford', 'mere', 'by', 'ton', 'den', 'holt', 'wick', 'worth', 'ley', 'stow'];
const KIND = ['Digital', 'Systems', 'Software', 'Technologies', 'Solutions', 'Data', 'Cloud'];

/** Fictional supplier names (never real companies: the ratings are made up), most used first. */
export function supplierNames(count = 300): string[] {
  const random = new Random('lgx-bench-suppliers');
  const names = new Set<string>();
  const firsts = [...FIRST, ...FIRST_MORE];
  while (names.size < count)
    names.add(`${random.pick(firsts)}${random.pick(SECOND)} ${random.pick(KIND)}`);
  return [...names];
}
