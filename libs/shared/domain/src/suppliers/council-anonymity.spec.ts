import {
  describeCouncils,
  MIN_COUNCILS_FOR_ANONYMITY,
  type RegisterCouncil,
} from './council-anonymity';

let next = 0;
const council = (typeCode: string, region: string | null, nation = 'England'): RegisterCouncil => ({
  code: `C${++next}`,
  typeCode,
  region,
  nation,
});
const many = (n: number, typeCode: string, region: string | null, nation = 'England') =>
  Array.from({ length: n }, () => council(typeCode, region, nation));

/** Every council's description is shared by at least k councils, and says nothing untrue of it. */
function expectAnonymous(councils: RegisterCouncil[], k = MIN_COUNCILS_FOR_ANONYMITY) {
  const descriptions = describeCouncils(councils, k);
  for (const c of councils) {
    const description = descriptions.of(c);
    const fellows = descriptions.councilsWith(description.key);
    expect(fellows).toContain(c.code);
    if (councils.length >= k) expect(fellows.length).toBeGreaterThanOrEqual(k);
    if (description.typeCode !== null) expect(description.typeCode).toBe(c.typeCode);
    if (description.region !== null) expect(description.region).toBe(c.region);
    if (description.nation !== null) expect(description.nation).toBe(c.nation);
  }
  const total = [...descriptions.sizes().values()].reduce((sum, n) => sum + n, 0);
  expect(total).toBe(councils.length);
}

describe('describeCouncils', () => {
  it('names type and region where at least 5 councils of the type share the region', () => {
    const districts = many(5, 'NMD', 'East Midlands');
    const descriptions = describeCouncils([...districts, ...many(6, 'UA', 'East Midlands')]);
    expect(descriptions.of(districts[0]!)).toMatchObject({
      level: 'TYPE_AND_REGION',
      phrase: 'a district council in the East Midlands',
      typeCode: 'NMD',
      region: 'East Midlands',
      nation: 'England',
    });
  });

  it('widens a lone county to the type, and keeps the counties of a full region apart from it', () => {
    const southEast = many(6, 'CTY', 'South East');
    const lone = council('CTY', 'North West');
    const others = [...many(2, 'CTY', 'East Midlands'), ...many(2, 'CTY', 'South West')];
    const descriptions = describeCouncils([...southEast, lone, ...others]);
    expect(descriptions.of(southEast[0]!).phrase).toBe('a county council in the South East');
    const wide = descriptions.of(lone);
    expect(wide).toMatchObject({ level: 'TYPE', phrase: 'a county council', region: null });
    // The South East's counties are not among those "a county council" may be.
    expect(descriptions.councilsWith(wide.key)).toHaveLength(5);
    expect(descriptions.councilsWith(wide.key)).not.toContain(southEast[0]!.code);
  });

  it('widens to the region, then the nation, then "a council"', () => {
    const region = [council('UA', 'West Midlands'), council('CTY', 'West Midlands')];
    const mixed = [...region, ...many(3, 'COMB', 'West Midlands')];
    expect(describeCouncils(mixed).of(region[0]!)).toMatchObject({
      level: 'REGION',
      phrase: 'a council in the West Midlands',
      typeCode: null,
      region: 'West Midlands',
    });
    const england = [
      council('UA', 'West Midlands'),
      council('CC', 'London'),
      council('SRA', 'London'),
      council('CTY', 'North West'),
      council('COMB', 'North East'),
    ];
    expect(describeCouncils(england).of(england[0]!)).toMatchObject({
      level: 'NATION',
      phrase: 'a council in England',
      nation: 'England',
      region: null,
    });
    const scattered = [
      ...england.slice(0, 3),
      council('SCO', 'Scotland', 'Scotland'),
      council('WPA', 'Wales', 'Wales'),
    ];
    expect(describeCouncils(scattered).of(scattered[0]!)).toMatchObject({
      level: 'ANY',
      phrase: 'a council',
      nation: null,
    });
    expectAnonymous(scattered);
  });

  it('joins the smallest wider groups to "a council" when too few are left for it', () => {
    const councils = [
      ...many(6, 'NMD', 'South East'),
      ...many(5, 'SCO', 'Scotland', 'Scotland'),
      council('WPA', 'Wales', 'Wales'),
      council('NID', 'Northern Ireland', 'Northern Ireland'),
    ];
    const descriptions = describeCouncils(councils);
    expect(descriptions.of(councils.at(-1)!).level).toBe('ANY');
    expect(descriptions.councilsWith('ANY').length).toBeGreaterThanOrEqual(5);
    expectAnonymous(councils);
  });

  it('calls every council "a council" when the register has fewer than 5', () => {
    const councils = many(4, 'UA', 'East Midlands');
    expect(describeCouncils(councils).of(councils[0]!).phrase).toBe('a council');
  });

  it('describes an ended council by the most precise description in use', () => {
    const councils = [...many(5, 'NMD', 'North West'), ...many(5, 'CTY', 'South East')];
    const descriptions = describeCouncils(councils);
    expect(descriptions.of(council('NMD', 'North West')).phrase).toBe(
      'a district council in the North West',
    );
    expect(descriptions.of(council('MD', 'North West')).phrase).toBe('a council');
  });

  it('keeps every description to at least k councils over many made-up registers', () => {
    const types = ['CTY', 'NMD', 'UA', 'MD', 'LBO', 'COMB'];
    const regions = ['North West', 'South East', 'London', 'East Midlands', 'Wales', null];
    let seed = 13;
    const random = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    for (let run = 0; run < 200; run++) {
      const size = 1 + random(120);
      const councils = Array.from({ length: size }, () =>
        council(types[random(types.length)]!, regions[random(regions.length)]!),
      );
      for (const k of [3, 5]) expectAnonymous(councils, k);
    }
  });
});
