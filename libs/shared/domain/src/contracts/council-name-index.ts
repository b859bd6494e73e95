import { COUNCIL_SHORT_NAMES } from '../council/council-short-names';
import { comparableName } from './buyer-name';
import { WELSH_AND_GAELIC_COUNCIL_NAMES } from './welsh-and-gaelic-council-names';

/** A council of the register, as the matcher needs it. */
export interface CouncilRegisterEntry {
  /** The register's local-authority-code, e.g. DER. */
  code: string;
  /** ONS GSS code, e.g. E06000015, when the register has one. */
  gssCode?: string | null;
  officialName: string;
  /** The short name people use, e.g. "Derby". */
  niceName: string;
  /** Other spellings from the register, one name an entry. */
  alternativeNames?: readonly string[];
  isCurrent: boolean;
  /** The register's local-authority-type code (CTY, NMD, UA, MD, LBO, COMB...). */
  councilType: string;
  /** Codes of the councils that took over from a former one. */
  replacedBy?: readonly string[];
}

/** A council as the register import stores it (CouncilEntity's columns). */
export interface StoredCouncil {
  code: string;
  gssCode: string | null;
  officialName: string;
  niceName: string;
  /** Comma-separated, as in the register. */
  altNames: string | null;
  isCurrent: boolean;
  typeCode: string;
  replacedBy: readonly string[];
}

/** A stored council as the matcher reads it. */
export function councilRegisterEntry(stored: StoredCouncil): CouncilRegisterEntry {
  return {
    code: stored.code,
    gssCode: stored.gssCode,
    officialName: stored.officialName,
    niceName: stored.niceName,
    alternativeNames: (stored.altNames ?? '')
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean),
    isCurrent: stored.isCurrent,
    councilType: stored.typeCode,
    replacedBy: [...stored.replacedBy],
  };
}

/** Register names and codes, ready to look buyers up in. */
export interface CouncilNameIndex {
  byCode: ReadonlyMap<string, CouncilRegisterEntry>;
  byGssCode: ReadonlyMap<string, CouncilRegisterEntry>;
  /** Whole names of current councils (official, short, alternative, Welsh and Gaelic). */
  currentNames: ReadonlyMap<string, ReadonlySet<string>>;
  /** Official names of former councils. */
  formerNames: ReadonlyMap<string, ReadonlySet<string>>;
  /** Names of current councils without their "Council", "City of", "Borough" words. */
  currentCores: ReadonlyMap<string, ReadonlySet<string>>;
  /** The same of former councils: candidates for a person, never matches. */
  formerCores: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Types that are not one council's area: their short names are regions, not councils. */
const GROUPINGS = new Set(['COMB', 'SRA']);

const LEADING = [
  'mayor and burgesses of the',
  'mayor and burgesses of',
  'mayor and commonalty and citizens of the',
  'common council of the',
  'borough council of',
  'district council of',
  'county council of',
  'council of the',
  'council of',
  'cyngor bwrdeistref sirol',
  'cyngor dinas a sir',
  'cyngor dinas',
  'cyngor sir',
  'cyngor',
  'city and county of',
  'city of',
  'county of',
  'royal borough of',
  'london borough of',
  'metropolitan borough of',
  'county borough of',
  'borough of',
  'london borough',
  'royal borough',
  'district of',
  'corporation of',
  'county',
].map((phrase) => `${phrase} `);

const TRAILING = new Set([
  'council',
  'city',
  'county',
  'borough',
  'district',
  'metropolitan',
  'corporation',
  'london',
  'royal',
  'ua',
  'and',
  'of',
]);

/**
 * The place a council name is about, without the words that say what kind of
 * council it is: "London Borough of Merton", "Merton Council" and "Merton
 * London Borough Council" are all "merton". Never shorter than one word.
 */
export function coreName(comparable: string): string {
  let words = comparable.split(' ');
  for (let prefix = leadingOf(words); prefix; prefix = leadingOf(words)) {
    words = words.slice(prefix);
  }
  while (words.length > 1 && TRAILING.has(words[words.length - 1] ?? ''))
    words = words.slice(0, -1);
  // Nothing but "city" or "council" is no place (the register's "Edinburgh, City of" splits so).
  return words.length === 1 && TRAILING.has(words[0] ?? '') && words[0] !== 'london'
    ? ''
    : words.join(' ');
}

/** How many words a leading "London Borough of", "City of"... takes, leaving at least one. */
function leadingOf(words: readonly string[]): number {
  const name = `${words.join(' ')} `;
  const phrase = LEADING.find(
    (leading) => name.startsWith(leading) && name.length > leading.length,
  );
  return phrase ? phrase.trim().split(' ').length : 0;
}

/** Registers of codes by name, where one name may belong to several councils. */
class NameMap {
  readonly map = new Map<string, Set<string>>();
  add(name: string, code: string): void {
    if (!name) return;
    const codes = this.map.get(name) ?? new Set<string>();
    codes.add(code);
    this.map.set(name, codes);
  }
}

/** A combined authority's alternative names that name the authority, not its region. */
const namesTheAuthority = (name: string) => / (authority|ca|cca|mca)$/.test(comparableName(name));

/** Every name a current council goes by, from the register and from the tables beside it. */
function namesOf(council: CouncilRegisterEntry): string[] {
  const alternatives = council.alternativeNames ?? [];
  if (GROUPINGS.has(council.councilType)) {
    return [council.officialName, ...alternatives.filter(namesTheAuthority)];
  }
  const shortForms =
    COUNCIL_SHORT_NAMES.find((entry) => entry.code === council.code)?.shortForms ?? [];
  return [
    council.officialName,
    council.niceName,
    ...alternatives,
    ...(Object.hasOwn(WELSH_AND_GAELIC_COUNCIL_NAMES, council.code)
      ? (WELSH_AND_GAELIC_COUNCIL_NAMES[council.code] ?? [])
      : []),
    ...shortForms.filter((form) => form.length > 3 || / council$/i.test(form)),
  ];
}

/** Builds the look-up tables once for a register. */
export function indexCouncilRegister(register: readonly CouncilRegisterEntry[]): CouncilNameIndex {
  const byCode = new Map<string, CouncilRegisterEntry>();
  const byGssCode = new Map<string, CouncilRegisterEntry>();
  const current = new NameMap();
  const former = new NameMap();
  const cores = new NameMap();
  const formerCores = new NameMap();
  for (const council of register) {
    byCode.set(council.code.toUpperCase(), council);
    if (council.gssCode) byGssCode.set(council.gssCode.toUpperCase(), council);
    if (!council.isCurrent) {
      former.add(comparableName(council.officialName), council.code);
      for (const name of [council.officialName, council.niceName]) {
        formerCores.add(coreName(comparableName(name)), council.code);
      }
      continue;
    }
    for (const name of namesOf(council)) {
      const comparable = comparableName(name);
      current.add(comparable, council.code);
      if (!GROUPINGS.has(council.councilType)) cores.add(coreName(comparable), council.code);
    }
  }
  return {
    byCode,
    byGssCode,
    currentNames: current.map,
    formerNames: former.map,
    currentCores: cores.map,
    formerCores: formerCores.map,
  };
}
