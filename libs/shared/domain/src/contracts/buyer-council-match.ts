import { labelOf } from '../values/one-of';
import {
  companyForm,
  comparableName,
  councilNameHeads,
  namesACouncil,
  otherBodyKind,
  readsAsCentralGovernment,
  withoutBrackets,
} from './buyer-name';
import { councilHintConflict } from './council-kind-hint';
import {
  coreName,
  type CouncilNameIndex,
  type CouncilRegisterEntry,
  indexCouncilRegister,
} from './council-name-index';

/** An identifier of an organisation as OCDS publishes it (organisation.identifier). */
export interface BuyerIdentifier {
  scheme?: string | null;
  id?: string | number | null;
}

/** A buyer as a release names it. */
export interface PublishedBuyer {
  name?: string | null;
  identifier?: BuyerIdentifier | null;
  /** Also the place for the party's own id: a scheme-less "GB-LAE-DUR" is read as GB-LAE, DUR. */
  additionalIdentifiers?: readonly BuyerIdentifier[] | null;
}

/** The buyer is this council. */
export interface BuyerMatched {
  outcome: 'matched';
  /** The council's register code. */
  match: string;
  by: 'identifier' | 'name';
  councilName: string;
  /** The words after the council's name ("childrens services"), when a department was named. */
  department?: string;
  /** Set when the council is a former one: who took over from it. */
  formerCouncil?: { replacedBy: string[] };
  note?: string;
}

/** Perhaps a council, but not surely which: for a platform admin to decide. */
export interface BuyerUnmatched {
  outcome: 'unmatched';
  unmatched: string;
  /** Register codes the buyer might be, best first; empty when none came close. */
  candidates: string[];
}

/** Surely not a principal council (a parish council, an NHS trust, a company...). */
export interface BuyerNotACouncil {
  outcome: 'notACouncil';
  notACouncil: string;
}

export type BuyerCouncilMatch = BuyerMatched | BuyerUnmatched | BuyerNotACouncil;

/** org-id.guide lists whose identifiers are register codes, and the nation each covers. */
const REGISTER_SCHEMES: Readonly<Record<string, string>> = Object.freeze({
  'GB-LAE': 'E',
  'GB-LAS': 'S',
  'GB-PLA': 'W',
  'GB-LANI': 'N',
});
/** org-id.guide lists that identify bodies that are not councils. */
const OTHER_BODY_SCHEMES: Readonly<Record<string, string>> = Object.freeze({
  'GB-COH': 'a company (it has a Companies House number)',
  'GB-CHC': 'a charity (it has a charity number)',
  'GB-SC': 'a charity (it has a Scottish charity number)',
  'GB-NIC': 'a charity (it has a Northern Ireland charity number)',
  'GB-EDU': 'a school (it has a schools register number)',
});
const GSS_CODE = /^[ENSWK]\d{8}$/;
const SCHEMED_ID = /^(GB-(?:LAE|LAS|PLA|LANI))-(.+)$/;

const unmatched = (reason: string, candidates: Iterable<string> = []): BuyerUnmatched => ({
  outcome: 'unmatched',
  unmatched: reason,
  candidates: [...new Set(candidates)],
});
const notACouncil = (reason: string): BuyerNotACouncil => ({
  outcome: 'notACouncil',
  notACouncil: reason,
});

/** The scheme and id of an identifier, upper-case, with "GB-LAE-DUR" read as GB-LAE and DUR. */
function readIdentifier(identifier: BuyerIdentifier): { scheme: string; id: string } {
  let scheme = (identifier.scheme ?? '').trim().toUpperCase();
  let id = String(identifier.id ?? '')
    .trim()
    .toUpperCase();
  if (scheme && id.startsWith(`${scheme}-`)) id = id.slice(scheme.length + 1);
  const schemed = SCHEMED_ID.exec(id);
  if (!scheme && schemed) [scheme, id] = [schemed[1] ?? '', schemed[2] ?? ''];
  return { scheme, id };
}

/** The council an identifier names, when the register knows it (and in the scheme's nation). */
function councilOfIdentifier(
  index: CouncilNameIndex,
  identifier: BuyerIdentifier,
): CouncilRegisterEntry | undefined {
  const { scheme, id } = readIdentifier(identifier);
  const nation = labelOf(REGISTER_SCHEMES, scheme);
  if (nation) {
    const council = index.byCode.get(id);
    const councilNation = council?.gssCode?.charAt(0).toUpperCase();
    if (council) return !councilNation || councilNation === nation ? council : undefined;
  }
  // A GSS code is known under any scheme, a register list's included.
  return GSS_CODE.test(id) ? index.byGssCode.get(id) : undefined;
}

const identifiersOf = (buyer: PublishedBuyer): BuyerIdentifier[] =>
  [buyer.identifier, ...(buyer.additionalIdentifiers ?? [])].filter(
    (identifier): identifier is BuyerIdentifier => Boolean(identifier),
  );

/** How a council was found from a name. */
interface NameResolution {
  codes: string[];
  how: 'exact' | 'core';
  head: string;
}

/** The councils a name (without department) is, by whole name first, then by its place. */
function resolveHead(index: CouncilNameIndex, head: string): NameResolution | undefined {
  const exact = index.currentNames.get(head);
  if (exact) return { codes: [...exact], how: 'exact', head };
  const former = index.formerNames.get(head);
  if (former) return { codes: [...former], how: 'exact', head };
  const core = index.currentCores.get(coreName(head));
  return core ? { codes: [...core], how: 'core', head } : undefined;
}

/** Current councils whose place name appears in the buyer's name: candidates, not matches. */
function partialCandidates(index: CouncilNameIndex, comparable: string): string[] {
  const words = comparable.split(' ');
  const places: string[] = [];
  for (let start = 0; start < words.length; start += 1) {
    for (let end = start + 1; end <= Math.min(words.length, start + 8); end += 1) {
      const place = words.slice(start, end).join(' ');
      if (place.length >= 4 && index.currentCores.has(place)) places.push(place);
    }
  }
  return [
    ...new Set(
      places
        .sort((a, b) => b.length - a.length)
        .flatMap((place) => [...(index.currentCores.get(place) ?? [])]),
    ),
  ].slice(0, 5);
}

/** Former councils a name is like, then the councils that took over from them. */
function formerCandidates(index: CouncilNameIndex, name: string): string[] {
  const codes = councilNameHeads(name).flatMap((head) => [
    ...(index.formerCores.get(coreName(head)) ?? []),
  ]);
  const successors = codes.flatMap((code) => index.byCode.get(code)?.replacedBy ?? []);
  return [...new Set([...codes, ...successors])];
}

function describe(index: CouncilNameIndex, codes: readonly string[]): string {
  return codes
    .map((code) => `${index.byCode.get(code)?.officialName ?? code} (${code})`)
    .join(', ');
}

/** A single council found by name, checked against the kind of council the buyer says it is. */
function matchedByName(
  index: CouncilNameIndex,
  comparable: string,
  found: NameResolution,
): BuyerCouncilMatch {
  const code = found.codes[0] ?? '';
  const council = index.byCode.get(code);
  if (!council) return unmatched('the register has no council by this code', found.codes);
  const conflict = found.how === 'core' ? councilHintConflict(found.head, council) : null;
  if (conflict) return unmatched(`${conflict}: ${describe(index, found.codes)}`, found.codes);
  const department = comparable.startsWith(`${found.head} `)
    ? comparable.slice(found.head.length + 1)
    : undefined;
  // "Derby City Council / Derbyshire County Council": a joint buyer, not one council.
  const others =
    department && namesACouncil(department) ? partialCandidates(index, department) : [];
  if (others.some((other) => other !== code)) {
    return unmatched(`"${comparable}" names more than one council`, [code, ...others]);
  }
  return {
    outcome: 'matched',
    match: council.code,
    by: 'name',
    councilName: council.officialName,
    ...(department ? { department } : {}),
    ...formerCouncil(council),
  };
}

function formerCouncil(council: CouncilRegisterEntry): Partial<BuyerMatched> {
  if (council.isCurrent) return {};
  const replacedBy = [...(council.replacedBy ?? [])];
  const successors = replacedBy.length ? `, replaced by ${replacedBy.join(', ')}` : '';
  return {
    formerCouncil: { replacedBy },
    note: `${council.officialName} is a former council${successors}`,
  };
}

/** The buyer matched by its name alone. */
function matchByName(
  index: CouncilNameIndex,
  name: string,
  identifierBody: string | null,
): BuyerCouncilMatch {
  const comparable = comparableName(name);
  if (!comparable) return unmatched('the buyer has no name');
  // A whole register name is the council, even one that reads like another body
  // ("West of England Combined Authority", when the register lists it).
  const whole = resolveHead(index, comparable);
  if (whole?.how === 'exact' && whole.codes.length === 1 && !identifierBody) {
    return matchedByName(index, comparable, whole);
  }
  const company = companyForm(name);
  if (company) return notACouncil(`"${name}" reads as ${company}, not a council`);
  const found = [comparable, ...councilNameHeads(name)]
    .map((head) => resolveHead(index, head))
    .find(Boolean);
  const body = otherBodyKind(name, Boolean(found)) ?? identifierBody;
  if (body) {
    return found
      ? unmatched(
          `"${name}" names ${describe(index, found.codes)} but reads as ${body}`,
          found.codes,
        )
      : notACouncil(`"${name}" reads as ${body}, not a principal council`);
  }
  if (found && found.codes.length > 1) {
    return unmatched(`"${name}" could be ${describe(index, found.codes)}`, found.codes);
  }
  if (found) return matchedByName(index, comparableName(withoutBrackets(name)), found);
  const former = formerCandidates(index, name);
  if (former.length > 0) {
    return unmatched(
      `"${name}" is like ${describe(index, former.slice(0, 1))}, a former council: only its exact name or identifier matches`,
      former,
    );
  }
  const partial = partialCandidates(index, comparable);
  if (namesACouncil(name) || (partial.length > 0 && !readsAsCentralGovernment(name))) {
    return unmatched(`no council in the register is named "${name}"`, partial);
  }
  return notACouncil(`"${name}" names no council in the register`);
}

/** The identifier's council, checked against what the name says. */
function matchByIdentifier(
  index: CouncilNameIndex,
  council: CouncilRegisterEntry,
  byName: BuyerCouncilMatch,
  name: string,
  identifierBody: string | null,
): BuyerCouncilMatch {
  if (byName.outcome === 'matched' && byName.match !== council.code) {
    return unmatched(
      `the identifier names ${describe(index, [council.code])} but the name "${name}" is ${describe(index, [byName.match])}`,
      [council.code, byName.match],
    );
  }
  const body = companyForm(name) ?? otherBodyKind(name) ?? identifierBody;
  if (body) {
    return unmatched(
      `the identifier names ${describe(index, [council.code])} but "${name}" reads as ${body}`,
      [council.code],
    );
  }
  return {
    outcome: 'matched',
    match: council.code,
    by: 'identifier',
    councilName: council.officialName,
    ...(byName.outcome === 'matched' && byName.department ? { department: byName.department } : {}),
    ...formerCouncil(council),
  };
}

/** How many answers a matcher remembers: buyers repeat across releases. */
const REMEMBERED = 50_000;

/**
 * Matches published buyers to the council register; build once per register.
 * Answers are remembered by buyer name and identifiers, so a buyer seen again
 * costs a look-up.
 */
export function createBuyerCouncilMatcher(
  register: readonly CouncilRegisterEntry[],
): (buyer: PublishedBuyer) => BuyerCouncilMatch {
  const index = indexCouncilRegister(register);
  const remembered = new Map<string, BuyerCouncilMatch>();
  return (buyer) => {
    const key = JSON.stringify([buyer.name ?? '', identifiersOf(buyer).map(readIdentifier)]);
    const known = remembered.get(key);
    if (known) return structuredClone(known);
    const result = matchBuyer(index, buyer);
    if (remembered.size >= REMEMBERED) remembered.clear();
    remembered.set(key, result);
    return structuredClone(result);
  };
}

/** One buyer: by identifier when the register knows one, checked against the name; else by name. */
function matchBuyer(index: CouncilNameIndex, buyer: PublishedBuyer): BuyerCouncilMatch {
  const name = (buyer.name ?? '').trim();
  const identifiers = identifiersOf(buyer);
  const identifierBody =
    identifiers
      .map((identifier) => labelOf(OTHER_BODY_SCHEMES, readIdentifier(identifier).scheme))
      .find(Boolean) ?? null;
  const byName = matchByName(index, name, identifierBody);
  const councils = [
    ...new Set(
      identifiers
        .map((identifier) => councilOfIdentifier(index, identifier))
        .filter((council): council is CouncilRegisterEntry => Boolean(council)),
    ),
  ];
  if (councils.length > 1) {
    const codes = councils.map((council) => council.code);
    return unmatched(`the identifiers name different councils: ${describe(index, codes)}`, codes);
  }
  const [council] = councils;
  if (!council) return byName;
  return matchByIdentifier(index, council, byName, name || '(no name)', identifierBody);
}
