import { Random } from '../prng';

/** What councils buy: the category facet of supplier experiences and procurement groups. */
export interface ProcurementCategory {
  name: string;
  /** The service area it mostly serves (for the text). */
  serviceArea: string;
  /** Words products in this category are named with. */
  productWords: string[];
}

/** Categories, most common first. */
export const PROCUREMENT_CATEGORIES: ProcurementCategory[] = [
  {
    name: 'Social care case management',
    serviceArea: 'Adult social care',
    productWords: ['CarePath', 'Casebook', 'Care 360'],
  },
  {
    name: 'Customer relationship management',
    serviceArea: 'Customer services',
    productWords: ['Connect', 'Resident Hub', 'Engage'],
  },
  {
    name: 'Revenues and benefits system',
    serviceArea: 'Revenues and benefits',
    productWords: ['Revenues Cloud', 'Benefits Plus', 'Ledger'],
  },
  {
    name: 'Housing management system',
    serviceArea: 'Housing',
    productWords: ['Housing 360', 'Tenancy', 'Repairs Online'],
  },
  {
    name: 'Chatbot and AI assistant',
    serviceArea: 'Customer services',
    productWords: ['Assist', 'Converse', 'Ask'],
  },
  {
    name: 'Finance and ERP',
    serviceArea: 'Finance',
    productWords: ['Finance Suite', 'ERP Cloud', 'Ledger'],
  },
  {
    name: 'Planning and building control system',
    serviceArea: 'Planning',
    productWords: ['PlanIt', 'Planning Portal', 'Consult'],
  },
  {
    name: 'Waste management system',
    serviceArea: 'Waste and recycling',
    productWords: ['Rounds', 'Collect', 'Waste Manager'],
  },
  {
    name: 'Network and connectivity',
    serviceArea: 'ICT and digital',
    productWords: ['Fibre', 'WAN', 'Connect'],
  },
  {
    name: 'Data and analytics',
    serviceArea: 'ICT and digital',
    productWords: ['Insight', 'Analytics', 'Data Hub'],
  },
  {
    name: 'Telecare and monitoring',
    serviceArea: 'Adult social care',
    productWords: ['Lifeline', 'Sense', 'Home Safe'],
  },
  { name: 'Cloud hosting', serviceArea: 'ICT and digital', productWords: ['Cloud', 'Hosting'] },
  { name: 'Payments', serviceArea: 'Customer services', productWords: ['Pay', 'Payments'] },
  {
    name: 'Document management',
    serviceArea: 'Information governance',
    productWords: ['Records', 'Docs', 'Archive'],
  },
  {
    name: 'Education management system',
    serviceArea: 'Education and SEND',
    productWords: ['Schools', 'EHC Hub', 'Admissions'],
  },
  {
    name: 'Parking enforcement',
    serviceArea: 'Parking',
    productWords: ['Permit', 'Enforce', 'Park'],
  },
  { name: 'Cyber security', serviceArea: 'ICT and digital', productWords: ['Shield', 'Guard'] },
  {
    name: 'Library management system',
    serviceArea: 'Libraries and culture',
    productWords: ['Library', 'Catalogue'],
  },
  { name: 'Devices', serviceArea: 'ICT and digital', productWords: ['Devices', 'Laptops'] },
  { name: 'Consultancy', serviceArea: 'Procurement', productWords: ['Advisory', 'Discovery'] },
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
