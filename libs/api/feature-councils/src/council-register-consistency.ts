import type { CouncilRecord } from './council-register-parser';

/** A field of a register row the checker changed, and the rows that prove the new value. */
export interface RegisterCorrection {
  code: string;
  field: 'region' | 'countyCode';
  from: string | null;
  to: string;
  reason: string;
}

/** Something in the register that does not fit the rest and that the data cannot settle. */
export interface RegisterInconsistency {
  /** The row it is about. */
  code: string;
  rule: InconsistencyRule;
  message: string;
}

export type InconsistencyRule =
  | 'county-region'
  | 'combined-authority-region'
  | 'nation-region'
  | 'gss-nation'
  | 'gss-type'
  | 'reference'
  | 'successor-region';

export interface RegisterConsistency {
  /** The register with every correction applied (the input is not changed). */
  records: CouncilRecord[];
  corrections: RegisterCorrection[];
  inconsistencies: RegisterInconsistency[];
}

const ENGLISH_REGIONS = new Set([
  'East Midlands',
  'East of England',
  'London',
  'North East',
  'North West',
  'South East',
  'South West',
  'West Midlands',
  'Yorkshire and The Humber',
]);

/** The first letter of a GSS code names the nation. */
const GSS_NATION: Readonly<Record<string, string>> = Object.freeze({
  E: 'England',
  W: 'Wales',
  S: 'Scotland',
  N: 'Northern Ireland',
});

/** The ONS entity code (first three characters of a GSS code) of each type of authority. */
const GSS_ENTITY: Readonly<Record<string, readonly string[]>> = Object.freeze({
  CTY: ['E10'],
  NMD: ['E07'],
  UA: ['E06'],
  MD: ['E08'],
  LBO: ['E09'],
  CC: ['E09'],
  SCO: ['S12'],
  WPA: ['W06'],
  NID: ['N09'],
  COMB: ['E47'],
  SRA: ['E61'],
});

const COMBINED = new Set(['COMB', 'SRA']);

/**
 * Checks the register against itself. A county is in its districts' region and a
 * combined authority in its members'; a devolved nation is its own region; a GSS
 * code's prefix matches the nation and type; every code a row refers to exists.
 *
 * What the other rows prove is corrected: a county whose districts all agree on a
 * region takes it, a district that alone differs from its county and every other
 * district takes theirs, a missing region is filled when its county group (or its
 * successors) agree, a former district's county is its successors' when they are
 * all districts of one county. Everything else is reported, never guessed.
 */
export function checkRegisterConsistency(input: readonly CouncilRecord[]): RegisterConsistency {
  const records = input.map((record) => ({ ...record, replacedBy: [...record.replacedBy] }));
  const register = new RegisterUnderCheck(records);
  checkReferences(register);
  checkNationRegionAndGss(register);
  correctFormerDistrictCounties(register);
  settleCountyRegions(register);
  fillFormerRegionsFromSuccessors(register);
  reportSuccessorsElsewhere(register);
  settleCombinedAuthorityRegions(register);
  const { corrections, inconsistencies } = register;
  return { records, corrections, inconsistencies };
}

/** The register being checked, with what has been corrected and reported so far. */
class RegisterUnderCheck {
  readonly byCode: Map<string, CouncilRecord>;
  readonly corrections: RegisterCorrection[] = [];
  readonly inconsistencies: RegisterInconsistency[] = [];

  constructor(readonly records: CouncilRecord[]) {
    this.byCode = new Map(records.map((record) => [record.code, record]));
  }

  /** "Nice name (CODE)", or the bare code of a row not in the register. */
  name = (code: string): string => {
    const record = this.byCode.get(code);
    return record ? `${record.niceName} (${code})` : code;
  };

  report(code: string, rule: InconsistencyRule, message: string): void {
    this.inconsistencies.push({ code, rule, message });
  }

  correct(
    record: CouncilRecord,
    field: RegisterCorrection['field'],
    to: string,
    reason: string,
  ): void {
    this.corrections.push({ code: record.code, field, from: record[field], to, reason });
    record[field] = to;
  }
}

/** References: a row may only point at rows of the right kind that exist. */
function checkReferences(register: RegisterUnderCheck): void {
  const { byCode, name } = register;
  for (const record of register.records) {
    const refer = (code: string | null, what: string, types?: (type: string) => boolean) => {
      if (!code) return;
      const target = byCode.get(code);
      if (!target)
        register.report(record.code, 'reference', `${what} ${code} is not in the register`);
      else if (types && !types(target.typeCode))
        register.report(record.code, 'reference', `${what} ${name(code)} is a ${target.typeCode}`);
      else if (record.isCurrent && !target.isCurrent && what !== 'successor')
        register.report(record.code, 'reference', `${what} ${name(code)} no longer exists`);
    };
    refer(record.countyCode, 'county', (type) => type === 'CTY');
    refer(record.combinedAuthorityCode, 'combined authority', (type) => COMBINED.has(type));
    for (const successor of record.replacedBy) refer(successor, 'successor');
  }
}

/** Nation, region and GSS code agree with each other. */
function checkNationRegionAndGss(register: RegisterUnderCheck): void {
  for (const record of register.records) {
    const gssNation = record.gssCode ? GSS_NATION[record.gssCode[0]!] : undefined;
    if (gssNation && gssNation !== record.nation)
      register.report(
        record.code,
        'gss-nation',
        `GSS code ${record.gssCode} is ${gssNation}'s but the nation is ${record.nation}`,
      );
    const entities = Object.prototype.hasOwnProperty.call(GSS_ENTITY, record.typeCode)
      ? GSS_ENTITY[record.typeCode]
      : undefined;
    if (record.gssCode && entities && !entities.includes(record.gssCode.slice(0, 3)))
      register.report(
        record.code,
        'gss-type',
        `GSS code ${record.gssCode} is not of a ${record.typeCode} (${entities.join(' or ')}...)`,
      );
    if (record.nation !== 'England') {
      // A devolved nation is its own region; the GSS code settles which nation it is.
      if (record.region !== record.nation && (!gssNation || gssNation === record.nation))
        register.correct(record, 'region', record.nation, `${record.nation} is its own region`);
    } else if (record.region && !ENGLISH_REGIONS.has(record.region)) {
      register.report(record.code, 'nation-region', `${record.region} is not a region of England`);
    }
  }
}

/** A former district's county is its successors' when they are districts of one county. */
function correctFormerDistrictCounties(register: RegisterUnderCheck): void {
  const { byCode, name } = register;
  for (const record of register.records) {
    if (record.isCurrent || record.typeCode !== 'NMD' || record.replacedBy.length === 0) continue;
    const successors = record.replacedBy.map((code) => byCode.get(code));
    if (successors.some((successor) => !successor || successor.typeCode !== 'NMD')) continue;
    const counties = new Set(successors.map((successor) => successor!.countyCode));
    const [county] = [...counties];
    if (counties.size === 1 && county && county !== record.countyCode && byCode.has(county)) {
      const from = record.countyCode ? name(record.countyCode) : 'none';
      register.correct(
        record,
        'countyCode',
        county,
        `its successor ${successors.map((s) => name(s!.code)).join(', ')} is a district of ${name(county)}, not ${from}`,
      );
    }
  }
}

/** A county and its districts (current and former) share one region. */
function settleCountyRegions(register: RegisterUnderCheck): void {
  const { records } = register;
  for (const county of records.filter((record) => record.typeCode === 'CTY')) {
    const districts = records.filter((record) => record.countyCode === county.code);
    if (districts.length === 0) continue;
    settleGroup(register, county, districts, 'county-region', 'districts');
  }
}

/** A former authority with no region is in its successors' region when they agree. */
function fillFormerRegionsFromSuccessors(register: RegisterUnderCheck): void {
  const { byCode, name } = register;
  for (const record of register.records) {
    if (record.region || record.nation !== 'England' || record.replacedBy.length === 0) continue;
    const regions = new Set(record.replacedBy.map((code) => byCode.get(code)?.region ?? null));
    const [region] = [...regions];
    if (regions.size === 1 && region)
      register.correct(
        record,
        'region',
        region,
        `its successors ${record.replacedBy.map(name).join(', ')} are in ${region}`,
      );
  }
}

/** ...and a former authority whose successors are elsewhere is reported. */
function reportSuccessorsElsewhere(register: RegisterUnderCheck): void {
  const { byCode, name } = register;
  for (const record of register.records) {
    if (!record.region || record.replacedBy.length === 0) continue;
    const elsewhere = record.replacedBy.filter((code) => {
      const successor = byCode.get(code);
      return successor?.region && successor.region !== record.region;
    });
    if (elsewhere.length > 0)
      register.report(
        record.code,
        'successor-region',
        `${record.niceName} is in ${record.region} but its successor ${elsewhere.map(name).join(', ')} is in ${byCode.get(elsewhere[0]!)!.region}`,
      );
  }
}

/** A combined authority and its current members share one region. */
function settleCombinedAuthorityRegions(register: RegisterUnderCheck): void {
  const { records } = register;
  for (const authority of records.filter((record) => COMBINED.has(record.typeCode))) {
    const members = records.filter(
      (record) => record.combinedAuthorityCode === authority.code && record.isCurrent,
    );
    if (members.length === 0) continue;
    settleGroup(register, authority, members, 'combined-authority-region', 'members', {
      correctMembers: false,
    });
  }
}

/**
 * One area (a county, a combined authority) and the authorities within it:
 * missing regions are filled when the others agree; the area takes its
 * members' region when they all agree; a member that alone differs from
 * the area and every other member (at least two of them) takes theirs.
 */
function settleGroup(
  register: RegisterUnderCheck,
  area: CouncilRecord,
  members: CouncilRecord[],
  rule: InconsistencyRule,
  plural: string,
  options: { correctMembers?: boolean } = {},
): void {
  const memberRegions = distinct(members.map((record) => record.region));
  const [membersRegion] = memberRegions;
  if (memberRegions.length === 1 && membersRegion && area.region !== membersRegion) {
    register.correct(
      area,
      'region',
      membersRegion,
      `its ${members.length} ${plural} (${members.map((m) => m.code).join(', ')}) are all in ${membersRegion}`,
    );
  }
  if (options.correctMembers ?? true) correctOddMembers(register, area, members, plural);
  const regions = distinct([area.region, ...members.map((record) => record.region)]);
  if (regions.length > 1) {
    const where = regions
      .map(
        (region) =>
          `${region}: ${[area, ...members]
            .filter((record) => record.region === region)
            .map((record) => record.code)
            .join(', ')}`,
      )
      .join('; ');
    register.report(
      area.code,
      rule,
      `${register.name(area.code)} and its ${plural} are in more than one region (${where})`,
    );
  }
}

/** A member that alone differs from its area and every other member takes their region. */
function correctOddMembers(
  register: RegisterUnderCheck,
  area: CouncilRecord,
  members: CouncilRecord[],
  plural: string,
): void {
  for (const odd of members) {
    const others = members.filter((record) => record !== odd);
    const otherRegions = distinct([area.region, ...others.map((record) => record.region)]);
    const [region] = otherRegions;
    const agreeing = others.filter((record) => record.region === region).length;
    if (otherRegions.length !== 1 || !region || odd.region === region) continue;
    // A missing region is filled from any agreement; a wrong one needs two other members.
    if (odd.region && agreeing < 2) continue;
    register.correct(
      odd,
      'region',
      region,
      `${register.name(area.code)} and its other ${plural} are all in ${region}`,
    );
  }
}

function distinct(values: (string | null)[]): string[] {
  return [...new Set(values.filter((value): value is string => value !== null))];
}

/** One line per correction and inconsistency, for the import's output. */
export function describeConsistency(result: Omit<RegisterConsistency, 'records'>): string[] {
  return [
    ...result.corrections.map(
      (c) => `corrected ${c.code} ${c.field}: ${c.from ?? '(none)'} -> ${c.to} (${c.reason})`,
    ),
    ...result.inconsistencies.map((i) => `not resolved ${i.code} [${i.rule}]: ${i.message}`),
  ];
}
