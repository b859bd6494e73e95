import { councilsWithin, distanceKm, similarCouncils } from './similar-councils';

const council = (
  code: string,
  typeCode: string,
  population: number | null,
  areaKm2: number | null,
  nation = 'England',
) => ({
  code,
  typeCode,
  nation,
  population,
  areaKm2,
});

describe('councils like mine', () => {
  const derby = council('DER', 'UA', 257_000, 78);
  const all = [
    derby,
    council('NOT', 'UA', 332_000, 75), // a city unitary of similar size and density
    council('LEI', 'UA', 354_000, 73),
    council('RUT', 'UA', 40_000, 382), // small, rural unitary
    council('KEN', 'CTY', 1_589_000, 3_544),
    council('CAR', 'WPA', 369_000, 140, 'Wales'), // similar city, other nation
    council('XXX', 'UA', null, 50),
  ];

  it('ranks similar size and density first, then other types and nations', () => {
    expect(similarCouncils(derby, all, 3)).toEqual(['NOT', 'LEI', 'CAR']);
  });

  it('never includes the council itself or councils without figures', () => {
    const result = similarCouncils(derby, all, 10);
    expect(result).not.toContain('DER');
    expect(result).not.toContain('XXX');
    expect(similarCouncils(council('ZZZ', 'UA', null, null), all)).toEqual([]);
  });

  it('measures great-circle distance', () => {
    // Derby to Nottingham is about 23 km.
    expect(distanceKm({ lat: 52.9225, lng: -1.4746 }, { lat: 52.9548, lng: -1.1581 })).toBeCloseTo(
      21.5,
      0,
    );
  });
});

describe('councilsWithin', () => {
  const derby = { lat: 52.9225, lng: -1.4746 };
  const councils = [
    { code: 'DER', latitude: 52.9225, longitude: -1.4746 },
    { code: 'NGM', latitude: 52.9548, longitude: -1.1581 }, // about 21 km east
    { code: 'LCE', latitude: 52.6369, longitude: -1.1398 }, // about 40 km south-east
    { code: 'MAN', latitude: 53.4808, longitude: -2.2426 }, // about 82 km north-west
    { code: 'XXX', latitude: null, longitude: null },
  ];

  it('lists the councils within the distance, the origin itself included, sorted', () => {
    expect(councilsWithin(derby, councils, 25)).toEqual(['DER', 'NGM']);
    expect(councilsWithin(derby, councils, 50)).toEqual(['DER', 'LCE', 'NGM']);
    expect(councilsWithin(derby, councils, 100)).toEqual(['DER', 'LCE', 'MAN', 'NGM']);
  });

  it('never lists a council without coordinates', () => {
    expect(councilsWithin(derby, councils, 20_000)).not.toContain('XXX');
  });
});
