import { distanceKm, similarCouncils } from './similar-councils';

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
