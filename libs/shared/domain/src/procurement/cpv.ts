/**
 * The Common Procurement Vocabulary (CPV 2008, Regulation (EC) No 213/2008),
 * as UK councils still use it on Find a Tender and Contracts Finder: every
 * division, and the groups and classes councils buy most often. Codes are
 * written with their check digit, as published ("72000000-5"); lookups also
 * accept the eight-digit stem. Kept as data: add entries as councils need them.
 */
export interface CpvEntry {
  /** Eight digits, a hyphen and the check digit. */
  readonly code: string;
  readonly label: string;
}

export const CPV_CODES: readonly CpvEntry[] = Object.freeze([
  { code: '03000000-1', label: 'Agricultural, farming, fishing, forestry and related products' },
  {
    code: '09000000-3',
    label: 'Petroleum products, fuel, electricity and other sources of energy',
  },
  { code: '09300000-2', label: 'Electricity, heating, solar and nuclear energy' },
  { code: '09310000-5', label: 'Electricity' },
  { code: '09330000-1', label: 'Solar energy' },
  { code: '14000000-1', label: 'Mining, basic metals and related products' },
  { code: '15000000-8', label: 'Food, beverages, tobacco and related products' },
  { code: '16000000-5', label: 'Agricultural machinery' },
  { code: '18000000-9', label: 'Clothing, footwear, luggage articles and accessories' },
  { code: '19000000-6', label: 'Leather and textile fabrics, plastic and rubber materials' },
  { code: '22000000-0', label: 'Printed matter and related products' },
  { code: '24000000-4', label: 'Chemical products' },
  {
    code: '30000000-9',
    label:
      'Office and computing machinery, equipment and supplies except furniture and software packages',
  },
  { code: '30200000-1', label: 'Computer equipment and supplies' },
  { code: '30213000-5', label: 'Personal computers' },
  {
    code: '31000000-6',
    label: 'Electrical machinery, apparatus, equipment and consumables; lighting',
  },
  { code: '31500000-1', label: 'Lighting equipment and electric lamps' },
  {
    code: '32000000-3',
    label: 'Radio, television, communication, telecommunication and related equipment',
  },
  { code: '32400000-7', label: 'Networks' },
  { code: '32412000-4', label: 'Communications network' },
  { code: '32500000-8', label: 'Telecommunications equipment and supplies' },
  { code: '33000000-0', label: 'Medical equipments, pharmaceuticals and personal care products' },
  { code: '33190000-8', label: 'Miscellaneous medical devices and products' },
  { code: '34000000-7', label: 'Transport equipment and auxiliary products to transportation' },
  { code: '34100000-8', label: 'Motor vehicles' },
  { code: '34144511-3', label: 'Refuse-collection vehicles' },
  { code: '34990000-3', label: 'Control, safety, signalling and light equipment' },
  { code: '35000000-4', label: 'Security, fire-fighting, police and defence equipment' },
  { code: '35120000-1', label: 'Surveillance and security systems and devices' },
  {
    code: '37000000-8',
    label:
      'Musical instruments, sport goods, games, toys, handicraft, art materials and accessories',
  },
  { code: '38000000-5', label: 'Laboratory, optical and precision equipments (excl. glasses)' },
  {
    code: '39000000-2',
    label:
      'Furniture (incl. office furniture), furnishings, domestic appliances (excl. lighting) and cleaning products',
  },
  { code: '41000000-9', label: 'Collected and purified water' },
  { code: '42000000-6', label: 'Industrial machinery' },
  { code: '43000000-3', label: 'Machinery for mining, quarrying, construction equipment' },
  {
    code: '44000000-0',
    label:
      'Construction structures and materials; auxiliary products to construction (except electric apparatus)',
  },
  { code: '44613800-8', label: 'Containers for waste material' },
  { code: '45000000-7', label: 'Construction work' },
  {
    code: '45200000-9',
    label: 'Works for complete or part construction and civil engineering work',
  },
  { code: '45233140-2', label: 'Roadworks' },
  { code: '45300000-0', label: 'Building installation work' },
  { code: '45400000-1', label: 'Building completion work' },
  { code: '48000000-8', label: 'Software package and information systems' },
  { code: '48100000-9', label: 'Industry specific software package' },
  { code: '48200000-0', label: 'Networking, Internet and intranet software package' },
  {
    code: '48300000-1',
    label: 'Document creation, drawing, imaging, scheduling and productivity software package',
  },
  { code: '48400000-2', label: 'Business transaction and personal business software package' },
  { code: '48500000-3', label: 'Communication and multimedia software package' },
  { code: '48600000-4', label: 'Database and operating software package' },
  { code: '48700000-5', label: 'Software package utilities' },
  { code: '48800000-6', label: 'Information systems and servers' },
  { code: '48900000-7', label: 'Miscellaneous software package and computer systems' },
  { code: '50000000-5', label: 'Repair and maintenance services' },
  {
    code: '50230000-6',
    label: 'Repair, maintenance and associated services related to roads and other equipment',
  },
  { code: '50700000-2', label: 'Repair and maintenance services of building installations' },
  { code: '51000000-9', label: 'Installation services (except software)' },
  { code: '55000000-0', label: 'Hotel, restaurant and retail trade services' },
  { code: '55500000-5', label: 'Canteen and catering services' },
  { code: '60000000-8', label: 'Transport services (excl. Waste transport)' },
  { code: '60100000-9', label: 'Road transport services' },
  { code: '60112000-6', label: 'Public road transport services' },
  { code: '60130000-8', label: 'Special-purpose road passenger-transport services' },
  {
    code: '63000000-9',
    label: 'Supporting and auxiliary transport services; travel agencies services',
  },
  { code: '64000000-6', label: 'Postal and telecommunications services' },
  { code: '64200000-8', label: 'Telecommunications services' },
  { code: '65000000-3', label: 'Public utilities' },
  { code: '66000000-0', label: 'Financial and insurance services' },
  { code: '70000000-1', label: 'Real estate services' },
  { code: '71000000-8', label: 'Architectural, construction, engineering and inspection services' },
  { code: '71300000-1', label: 'Engineering services' },
  { code: '71400000-2', label: 'Urban planning and landscape architectural services' },
  { code: '71410000-5', label: 'Urban planning services' },
  {
    code: '72000000-5',
    label: 'IT services: consulting, software development, Internet and support',
  },
  { code: '72100000-6', label: 'Hardware consultancy services' },
  { code: '72200000-7', label: 'Software programming and consultancy services' },
  { code: '72300000-8', label: 'Data services' },
  { code: '72400000-4', label: 'Internet services' },
  { code: '72500000-0', label: 'Computer-related services' },
  { code: '72600000-6', label: 'Computer support and consultancy services' },
  { code: '72700000-7', label: 'Computer network services' },
  { code: '72800000-8', label: 'Computer audit and testing services' },
  { code: '72900000-9', label: 'Computer back-up and catalogue conversion services' },
  {
    code: '73000000-2',
    label: 'Research and development services and related consultancy services',
  },
  { code: '75000000-6', label: 'Administration, defence and social security services' },
  { code: '75100000-7', label: 'Administration services' },
  { code: '75200000-8', label: 'Provision of services to the community' },
  { code: '76000000-3', label: 'Services related to the oil and gas industry' },
  {
    code: '77000000-0',
    label: 'Agricultural, forestry, horticultural, aquacultural and apicultural services',
  },
  { code: '77300000-3', label: 'Horticultural services' },
  {
    code: '79000000-4',
    label: 'Business services: law, marketing, consulting, recruitment, printing and security',
  },
  { code: '79100000-5', label: 'Legal services' },
  { code: '79200000-6', label: 'Accounting, auditing and fiscal services' },
  { code: '79300000-7', label: 'Market and economic research; polling and statistics' },
  { code: '79400000-8', label: 'Business and management consultancy and related services' },
  { code: '79500000-9', label: 'Office-support services' },
  { code: '79512000-6', label: 'Call centre' },
  { code: '79600000-0', label: 'Recruitment services' },
  { code: '79700000-1', label: 'Investigation and security services' },
  { code: '79900000-3', label: 'Miscellaneous business and business-related services' },
  { code: '80000000-4', label: 'Education and training services' },
  { code: '80500000-9', label: 'Training services' },
  { code: '85000000-9', label: 'Health and social work services' },
  { code: '85100000-0', label: 'Health services' },
  { code: '85300000-2', label: 'Social work and related services' },
  { code: '85310000-5', label: 'Social work services' },
  { code: '85311000-2', label: 'Social work services with accommodation' },
  { code: '85312000-9', label: 'Social work services without accommodation' },
  { code: '90000000-7', label: 'Sewage, refuse, cleaning and environmental services' },
  { code: '90400000-1', label: 'Sewage services' },
  { code: '90500000-2', label: 'Refuse and waste related services' },
  { code: '90510000-5', label: 'Refuse disposal and treatment' },
  { code: '90511000-2', label: 'Refuse collection services' },
  {
    code: '90600000-3',
    label: 'Cleaning and sanitation services in urban or rural areas, and related services',
  },
  { code: '90700000-4', label: 'Environmental services' },
  { code: '90900000-6', label: 'Cleaning and sanitation services' },
  { code: '92000000-1', label: 'Recreational, cultural and sporting services' },
  { code: '92500000-6', label: 'Library, archives, museums and other cultural services' },
  { code: '98000000-3', label: 'Other community, social and personal services' },
  { code: '98300000-6', label: 'Miscellaneous services' },
]);

const CPV_FORMAT = /^(\d{8})(?:-(\d))?$/;

const byStem = new Map(CPV_CODES.map((entry) => [entry.code.slice(0, 8), entry]));

/**
 * The entry for a code written with or without its check digit, or
 * undefined when it is not a code of the list (or its check digit differs).
 */
export function findCpv(code: string): CpvEntry | undefined {
  const match = CPV_FORMAT.exec(code.trim());
  if (!match) return undefined;
  const entry = byStem.get(match[1]!);
  if (!entry) return undefined;
  if (match[2] !== undefined && entry.code !== `${match[1]}-${match[2]}`) return undefined;
  return entry;
}

/** Why a code is not acceptable, in words for a form, or undefined when it is. */
export function cpvProblem(code: string): string | undefined {
  if (!CPV_FORMAT.test(code.trim())) {
    return 'Enter a CPV code as eight digits and a check digit, like 72000000-5';
  }
  return findCpv(code) ? undefined : `${code.trim()} is not a CPV code LGX knows`;
}

/**
 * The division (first two digits) a code sits in, so that contracts and
 * groups in related categories find each other: 72200000-7 and 72500000-0
 * are both IT services (72).
 */
export function cpvDivision(code: string): string {
  return code.trim().slice(0, 2);
}

/** True when two codes share a division. */
export function sameCpvDivision(a: string, b: string): boolean {
  return cpvDivision(a) === cpvDivision(b);
}
