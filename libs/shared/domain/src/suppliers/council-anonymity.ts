import { anonymisedCouncil } from './supplier-experience';

/** An anonymised experience's description must fit at least this many current councils. */
export const MIN_COUNCILS_FOR_ANONYMITY = 5;

/** What the register says of a council, as far as describing it goes. */
export interface RegisterCouncil {
  code: string;
  typeCode: string;
  region: string | null;
  nation: string;
}

/** How much of its council an anonymised description names, most to least. */
export const ANONYMITY_LEVELS = ['TYPE_AND_REGION', 'TYPE', 'REGION', 'NATION', 'ANY'] as const;
export type AnonymityLevel = (typeof ANONYMITY_LEVELS)[number];

/**
 * How an anonymised experience names its council. `typeCode`, `region` and
 * `nation` are set only where every council given this description shares
 * them, so a filter or facet on them can never pick out fewer councils than
 * the description does.
 */
export interface CouncilDescription {
  key: string;
  level: AnonymityLevel;
  /** "a district council in the East Midlands", "a county council", "a council in Wales". */
  phrase: string;
  typeCode: string | null;
  region: string | null;
  nation: string | null;
}

export interface CouncilDescriptions {
  /** The description each council given would have. */
  of(council: RegisterCouncil): CouncilDescription;
  /** Codes of the councils given each description (its anonymity set), by key. */
  councilsWith(key: string): readonly string[];
  /** Every description in use, with how many councils it fits. */
  sizes(): Map<string, number>;
}

const placeOf = (council: RegisterCouncil) => council.region ?? council.nation;

/** The description at one level, before knowing who shares it. */
function candidate(
  level: AnonymityLevel,
  council: RegisterCouncil,
): { key: string; phrase: string } {
  switch (level) {
    case 'TYPE_AND_REGION':
      return {
        key: `${level}|${council.typeCode}|${placeOf(council)}`,
        phrase: anonymisedCouncil(council.typeCode, placeOf(council)),
      };
    case 'TYPE':
      return {
        key: `${level}|${council.typeCode}`,
        phrase: anonymisedCouncil(council.typeCode, null),
      };
    case 'REGION':
      return {
        key: `${level}|${placeOf(council)}`,
        phrase: anonymisedCouncil(null, placeOf(council)),
      };
    case 'NATION':
      return { key: `${level}|${council.nation}`, phrase: anonymisedCouncil(null, council.nation) };
    case 'ANY':
      return { key: level, phrase: anonymisedCouncil(null, null) };
  }
}

const shared = <T>(values: T[]): T | null =>
  values.length > 0 && values.every((value) => value === values[0]) ? values[0]! : null;

/**
 * Describes councils for anonymised experiences so that each description fits
 * at least `k` of the councils given (the current register): type and region
 * where at least k councils of that type share the region; otherwise the type
 * alone, then the region alone, then the nation, then "a council", each taken
 * only by councils not already described more precisely. A reader who knows
 * this rule can narrow a description to the councils that would be given it,
 * so it is those councils (not every council the words could fit) that must
 * number k. When too few are left for "a council", the smallest of the wider
 * groups join them until they are k.
 *
 * A council not given (one that has ended) is described as the first level
 * whose description is in use; with fewer than k councils in all, every
 * council is "a council".
 */
export function describeCouncils(
  councils: RegisterCouncil[],
  k = MIN_COUNCILS_FOR_ANONYMITY,
): CouncilDescriptions {
  const assigned = new Map<string, { level: AnonymityLevel; members: RegisterCouncil[] }>();
  let left = [...councils];
  for (const level of ANONYMITY_LEVELS.slice(0, -1)) {
    const groups = new Map<string, RegisterCouncil[]>();
    for (const council of left) {
      const { key } = candidate(level, council);
      groups.set(key, [...(groups.get(key) ?? []), council]);
    }
    for (const [key, members] of groups)
      if (members.length >= k) assigned.set(key, { level, members });
    left = left.filter((council) => !assigned.has(candidate(level, council).key));
  }
  // "a council" takes what is left; too few, and the smallest wider groups join it.
  const widestFirst = [...assigned].sort(
    ([, a], [, b]) =>
      ANONYMITY_LEVELS.indexOf(b.level) - ANONYMITY_LEVELS.indexOf(a.level) ||
      a.members.length - b.members.length,
  );
  while (left.length > 0 && left.length < k && widestFirst.length > 0) {
    const [key, group] = widestFirst.shift()!;
    assigned.delete(key);
    left = [...left, ...group.members];
  }
  if (left.length > 0) assigned.set('ANY', { level: 'ANY', members: left });

  const descriptions = new Map<string, CouncilDescription>();
  for (const [key, { level, members }] of assigned) {
    const typeCode = shared(members.map((c) => c.typeCode));
    const region = shared(members.map((c) => c.region));
    descriptions.set(key, {
      key,
      level,
      phrase: candidate(level, members[0]!).phrase,
      typeCode,
      region,
      nation: shared(members.map((c) => c.nation)),
    });
  }
  const byCode = new Map<string, CouncilDescription>();
  for (const [key, { members }] of assigned)
    for (const council of members) byCode.set(council.code, descriptions.get(key)!);
  const any: CouncilDescription = {
    key: 'ANY',
    level: 'ANY',
    phrase: candidate('ANY', councils[0] ?? { code: '', typeCode: '', region: null, nation: '' })
      .phrase,
    typeCode: null,
    region: null,
    nation: null,
  };

  return {
    of(council) {
      const known = byCode.get(council.code);
      if (known) return known;
      for (const level of ANONYMITY_LEVELS) {
        const found = descriptions.get(candidate(level, council).key);
        if (found) return found;
      }
      return any;
    },
    councilsWith: (key) => assigned.get(key)?.members.map((c) => c.code) ?? [],
    sizes: () => new Map([...assigned].map(([key, group]) => [key, group.members.length])),
  };
}
