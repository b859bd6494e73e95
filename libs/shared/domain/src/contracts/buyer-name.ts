import { labelOf } from '../values/one-of';

/**
 * How a published buyer name is read before it is compared with the council
 * register: one spelling for any case, accents, punctuation and "&", and the
 * words in it that say the buyer is some other kind of body.
 */

/** County and place abbreviations that notices use ("East Herts Council"). */
const ABBREVIATIONS: Readonly<Record<string, string>> = Object.freeze({
  beds: 'bedfordshire',
  berks: 'berkshire',
  bucks: 'buckinghamshire',
  cambs: 'cambridgeshire',
  glos: 'gloucestershire',
  hants: 'hampshire',
  herts: 'hertfordshire',
  lancs: 'lancashire',
  leics: 'leicestershire',
  lincs: 'lincolnshire',
  northants: 'northamptonshire',
  notts: 'nottinghamshire',
  oxon: 'oxfordshire',
  staffs: 'staffordshire',
  warks: 'warwickshire',
  wilts: 'wiltshire',
  worcs: 'worcestershire',
  saint: 'st',
  mbc: 'metropolitan borough council',
  bc: 'borough council',
  dc: 'district council',
  lb: 'london borough',
  ne: 'north east',
});

/**
 * The name as lower-case ASCII words separated by single spaces: accents
 * dropped ("Môn" is "mon"), "&" read as "and", apostrophes removed
 * ("Children's" is "childrens"), any other punctuation a space, and a
 * leading "the" dropped ("The Moray Council" is "moray council"). Stable: the
 * key under which a decision about a buyer name can be remembered.
 */
export function buyerNameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['\u2018\u2019`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the (?=.)/, '');
}

/** The key with a leading "the" dropped and abbreviations spelt out. */
export function comparableName(name: string): string {
  const words = buyerNameKey(name).split(' ').filter(Boolean);
  return words.map((word) => labelOf(ABBREVIATIONS, word) ?? word).join(' ');
}

/** The name without anything in brackets ("Warwickshire County Council (WCC)"). */
export function withoutBrackets(name: string): string {
  return name.replace(/\([^)]*\)?/g, ' ');
}

/** The parts of a buyer name that may name the council without its department. */
export function councilNameHeads(name: string): string[] {
  const plain = withoutBrackets(name);
  const heads = [plain];
  // "Derby City Council - Children's Services", "Kent County Council: Adult Social Care"
  const beforeSeparator = plain.split(/\s[-\u2013\u2014|/]\s|:|\s\/|\/\s|,\s/)[0];
  if (beforeSeparator) heads.push(beforeSeparator);
  // "Suffolk County Council Passenger Transport": up to the last word naming the council.
  const words = comparableName(plain).split(' ');
  const last = Math.max(words.lastIndexOf('council'), words.lastIndexOf('corporation'));
  if (last > 0 && last < words.length - 1) heads.push(words.slice(0, last + 1).join(' '));
  return [...new Set(heads.map(comparableName).filter(Boolean))];
}

/** A kind of body that is not a principal council, and the words that show it. */
interface OtherBody {
  kind: string;
  pattern: RegExp;
  /** Words that are a council's department after its name, and another body without it. */
  department?: RegExp;
}

const words = (...phrases: string[]) => new RegExp(`(^| )(${phrases.join('|')})( |$)`);

/** Company forms: a council's own company is still not the council. */
const COMPANY: OtherBody = {
  kind: 'a company',
  pattern: words(
    'ltd',
    'limited',
    'llp',
    'plc',
    'cic',
    'company',
    'incorporated',
    'inc',
    // "Trading Standards" is a council service, not a trading company.
    'trading(?! standards)',
  ),
};

const OTHER_BODIES: readonly OtherBody[] = Object.freeze([
  {
    kind: 'a parish, town or community council',
    pattern: words(
      'parish',
      'town council',
      'community council',
      'neighbourhood council',
      'village council',
      'parish meeting',
    ),
  },
  {
    kind: 'a school or academy',
    pattern: words('academy', 'academies', 'multi academy trust', 'mat'),
    department: words('school', 'schools'),
  },
  {
    kind: 'an NHS body',
    pattern: words(
      'nhs',
      'icb',
      'ccg',
      'integrated care',
      'clinical commissioning',
      'hospital',
      'hospitals',
      'health board',
      'healthcare',
      'ambulance',
      'foundation trust',
      'primary care',
      'health and social care partnership',
    ),
  },
  { kind: 'a university or college', pattern: words('university', 'universities', 'college') },
  {
    kind: 'a police body',
    pattern: words('police', 'policing', 'constabulary', 'crime commissioner'),
  },
  { kind: 'a fire and rescue authority', pattern: words('fire', 'rescue') },
  {
    kind: 'a housing association or housing company',
    pattern: words('housing association', 'housing trust', 'housing group', 'homes'),
    department: words('housing'),
  },
  {
    kind: 'a shared procurement unit or consortium',
    pattern: words(
      'espo',
      'ypo',
      'nepo',
      'lhc',
      'scape',
      'consortium',
      'consortia',
      'supply chain',
      'procurement (organisation|unit|centre|partnership|service|hub)',
      'purchasing organisation',
    ),
    department: words(
      'procurement',
      'purchasing',
      'buying',
      'shared service',
      'shared services',
      'commercial services',
    ),
  },
  {
    kind: 'a trust or charity',
    pattern: words('trust', 'charity', 'charitable', 'foundation', 'voluntary'),
  },
  {
    kind: 'a national or representative body',
    pattern: words(
      'research council',
      'arts council',
      'british council',
      'design council',
      'sports council',
      'council for',
      'london councils',
      'local government association',
      'councils association',
    ),
  },
  {
    kind: 'a joint or single-purpose authority',
    pattern: words(
      'national park',
      'joint committee',
      'joint board',
      'waste authority',
      'waste disposal authority',
      'passenger transport executive',
      'transport for',
      'ports',
      'airport',
      'combined authority',
      'combined county authority',
    ),
  },
]);

/** Words of central government and national bodies, used only when no council is named. */
const CENTRAL_GOVERNMENT = words(
  'ministry',
  'department',
  'departments',
  'office',
  'agency',
  'government',
  'commission',
  'national',
  'hm',
  'his majestys',
  'regulator',
  'research',
  'executive',
  'england',
  'scotland',
  'wales',
  'uk',
);

/** "a company" when the name has a company form (Ltd, Limited, LLP, Trading...). */
export function companyForm(name: string): string | null {
  return COMPANY.pattern.test(comparableName(name)) ? COMPANY.kind : null;
}

/**
 * The kind of other body the name reads as, if it reads as one. After a
 * council's name, "Procurement", "Schools" or "Housing" are its departments.
 */
export function otherBodyKind(name: string, councilNamed = false): string | null {
  const comparable = comparableName(name);
  const reads = (body: OtherBody) =>
    body.pattern.test(comparable) || (!councilNamed && Boolean(body.department?.test(comparable)));
  return OTHER_BODIES.find(reads)?.kind ?? null;
}

/** True when the name reads as central government or another national body. */
export function readsAsCentralGovernment(name: string): boolean {
  return CENTRAL_GOVERNMENT.test(comparableName(name));
}

/** True when a word of the name says it is a council of some kind. */
export function namesACouncil(name: string): boolean {
  return words('council', 'borough', 'corporation', 'cyngor', 'comhairle').test(
    comparableName(name),
  );
}
