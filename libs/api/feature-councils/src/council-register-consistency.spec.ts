import { readFileSync } from 'node:fs';
import path from 'node:path';

import { checkRegisterConsistency } from './council-register-consistency';
import { type CouncilRecord, parseCouncilRegister } from './council-register-parser';

let gss = 0;
function council(code: string, fields: Partial<CouncilRecord> = {}): CouncilRecord {
  const typeCode = fields.typeCode ?? 'NMD';
  const prefix = { CTY: 'E10', NMD: 'E07', UA: 'E06', COMB: 'E47', WPA: 'W06' }[typeCode] ?? 'E06';
  return {
    code,
    gssCode: `${prefix}${String(++gss).padStart(6, '0')}`,
    officialName: `${code} Council`,
    niceName: code,
    altNames: null,
    typeCode,
    nation: 'England',
    region: 'East Midlands',
    countyCode: null,
    combinedAuthorityCode: null,
    govUkSlug: null,
    population: null,
    areaKm2: null,
    latitude: null,
    longitude: null,
    startDate: null,
    endDate: null,
    isCurrent: true,
    replacedBy: [],
    ...fields,
  };
}

const county = (code: string, region: string | null, fields: Partial<CouncilRecord> = {}) =>
  council(code, { typeCode: 'CTY', region, ...fields });
const district = (code: string, countyCode: string, region: string | null) =>
  council(code, { countyCode, region });

describe('checkRegisterConsistency', () => {
  it('puts a county in the region all its districts are in, and says why', () => {
    const input = [
      county('DBY', 'West Midlands'),
      district('AMB', 'DBY', 'East Midlands'),
      district('BOS', 'DBY', 'East Midlands'),
      district('CHS', 'DBY', 'East Midlands'),
    ];
    const result = checkRegisterConsistency(input);
    expect(result.corrections).toEqual([
      {
        code: 'DBY',
        field: 'region',
        from: 'West Midlands',
        to: 'East Midlands',
        reason: expect.stringContaining('AMB, BOS, CHS'),
      },
    ]);
    expect(result.records.find((r) => r.code === 'DBY')!.region).toBe('East Midlands');
    expect(result.inconsistencies).toEqual([]);
    // The input is left as it was.
    expect(input[0]!.region).toBe('West Midlands');
  });

  it('corrects a lone district against its county and at least two agreeing siblings', () => {
    const result = checkRegisterConsistency([
      county('LIN', 'East Midlands'),
      district('BOT', 'LIN', 'East Midlands'),
      district('ELI', 'LIN', 'East Midlands'),
      district('LIC', 'LIN', 'North West'),
    ]);
    expect(result.corrections).toMatchObject([
      { code: 'LIC', field: 'region', from: 'North West', to: 'East Midlands' },
    ]);
    expect(result.inconsistencies).toEqual([]);
  });

  it('reports, and does not guess, when the districts of a county disagree', () => {
    const result = checkRegisterConsistency([
      county('NTT', 'East Midlands'),
      district('ASH', 'NTT', 'East Midlands'),
      district('BAS', 'NTT', 'Yorkshire and The Humber'),
    ]);
    expect(result.corrections).toEqual([]);
    expect(result.inconsistencies).toEqual([
      {
        code: 'NTT',
        rule: 'county-region',
        message: expect.stringMatching(/East Midlands: NTT, ASH; Yorkshire and The Humber: BAS/),
      },
    ]);
  });

  it('fills a missing region from the county group, or from the successors', () => {
    const result = checkRegisterConsistency([
      county('DOR', 'South West', { isCurrent: false }),
      district('CHC', 'DOR', null),
      district('WEY', 'DOR', 'South West'),
      council('BMH', { typeCode: 'UA', region: null, isCurrent: false, replacedBy: ['BPC'] }),
      council('BPC', { typeCode: 'UA', region: 'South West' }),
    ]);
    expect(result.corrections.map((c) => [c.code, c.from, c.to])).toEqual([
      ['CHC', null, 'South West'],
      ['BMH', null, 'South West'],
    ]);
  });

  it("gives a former district its successors' county when they are districts of one county", () => {
    const result = checkRegisterConsistency([
      county('SFK', 'East of England'),
      county('SRY', 'South East'),
      district('WSK', 'SFK', 'East of England'),
      district('SRH', 'SRY', 'South East'),
      district('SRG', 'SRY', 'South East'),
      {
        ...district('FOR', 'SRY', 'East of England'),
        isCurrent: false,
        replacedBy: ['WSK'],
      },
    ]);
    expect(result.corrections).toMatchObject([
      { code: 'FOR', field: 'countyCode', from: 'SRY', to: 'SFK' },
    ]);
    expect(result.inconsistencies).toEqual([]);
  });

  it('puts a combined authority in its members’ region, and reports one that spans two', () => {
    const result = checkRegisterConsistency([
      council('EMCA', { typeCode: 'COMB', region: 'West Midlands' }),
      council('DER', { typeCode: 'UA', combinedAuthorityCode: 'EMCA' }),
      council('NGM', { typeCode: 'UA', combinedAuthorityCode: 'EMCA' }),
      council('GLCA', { typeCode: 'COMB', region: 'Yorkshire and The Humber' }),
      council('NEL', {
        typeCode: 'UA',
        combinedAuthorityCode: 'GLCA',
        region: 'Yorkshire and The Humber',
      }),
      council('NLN', {
        typeCode: 'UA',
        combinedAuthorityCode: 'GLCA',
        region: 'Yorkshire and The Humber',
      }),
      council('LIN', { typeCode: 'UA', combinedAuthorityCode: 'GLCA', region: 'East Midlands' }),
    ]);
    expect(result.corrections).toMatchObject([
      { code: 'EMCA', field: 'region', from: 'West Midlands', to: 'East Midlands' },
    ]);
    // A member of a combined authority is never moved to fit the others.
    expect(result.records.find((r) => r.code === 'LIN')!.region).toBe('East Midlands');
    expect(result.inconsistencies).toEqual([
      { code: 'GLCA', rule: 'combined-authority-region', message: expect.any(String) },
    ]);
  });

  it('makes a devolved nation its own region, and reports what the GSS code contradicts', () => {
    const result = checkRegisterConsistency([
      council('CRF', { typeCode: 'WPA', nation: 'Wales', region: 'North West' }),
      council('XEN', { typeCode: 'UA', nation: 'Wales', region: 'Wales' }),
      council('XRG', { typeCode: 'UA', region: 'Scotland' }),
      council('XTY', { typeCode: 'UA', gssCode: 'E07000001' }),
    ]);
    expect(result.corrections).toMatchObject([{ code: 'CRF', from: 'North West', to: 'Wales' }]);
    expect(result.inconsistencies.map((i) => [i.code, i.rule])).toEqual([
      ['XEN', 'gss-nation'],
      ['XRG', 'nation-region'],
      ['XTY', 'gss-type'],
    ]);
  });

  it('reports codes that point nowhere or at the wrong kind of authority', () => {
    const result = checkRegisterConsistency([
      district('AAA', 'ZZZ', 'East Midlands'),
      council('BBB', { countyCode: 'CCC' }),
      council('CCC', { typeCode: 'UA' }),
      council('DDD', { combinedAuthorityCode: 'OLD' }),
      council('OLD', { typeCode: 'COMB', isCurrent: false }),
      council('EEE', { isCurrent: false, replacedBy: ['NOPE'] }),
    ]);
    expect(result.inconsistencies.map((i) => [i.code, i.rule, i.message])).toEqual([
      ['AAA', 'reference', 'county ZZZ is not in the register'],
      ['BBB', 'reference', 'county CCC (CCC) is a UA'],
      ['DDD', 'reference', 'combined authority OLD (OLD) no longer exists'],
      ['EEE', 'reference', 'successor NOPE is not in the register'],
    ]);
    expect(result.corrections).toEqual([]);
  });
});

describe('the shipped council register', () => {
  const shipped = parseCouncilRegister(
    readFileSync(path.join(__dirname, 'data', 'uk_local_authorities.csv'), 'utf8'),
  );

  it('needs no correction and has no inconsistency but the explained ones', () => {
    const result = checkRegisterConsistency(shipped);
    expect(result.corrections).toEqual([]);
    // Explained in data/README.md: Greater Lincolnshire really spans two regions.
    expect(result.inconsistencies.map((i) => [i.code, i.rule])).toEqual([
      ['GLCA', 'combined-authority-region'],
    ]);
  });

  it('has every county in its districts’ region (Derbyshire and Lincolnshire included)', () => {
    const byCode = new Map(shipped.map((record) => [record.code, record]));
    for (const record of shipped.filter((r) => r.countyCode)) {
      expect([record.code, byCode.get(record.countyCode!)?.region]).toEqual([
        record.code,
        record.region,
      ]);
    }
    expect(byCode.get('DBY')!.region).toBe('East Midlands');
    expect(byCode.get('LIN')!.region).toBe('East Midlands');
  });
});
