import { aggregateDemand, type DemandCouncil } from './demand';

const councils = new Map<string, DemandCouncil>([
  ['DER', { population: 257_302, region: 'East Midlands', nation: 'England' }],
  ['NOT', { population: 332_900, region: 'East Midlands', nation: 'England' }],
  ['GLG', { population: 635_640, region: null, nation: 'Scotland' }],
  ['KEN', { population: 1_589_100, region: 'South East', nation: 'England' }],
]);

describe('aggregateDemand', () => {
  it('counts interested and committed members, sums committed value and population, and lists regions', () => {
    const demand = aggregateDemand(
      [
        { councilCode: 'DER', status: 'COMMITTED', estimatedValuePence: 25_000_000 },
        { councilCode: 'NOT', status: 'COMMITTED', estimatedValuePence: 30_000_050 },
        { councilCode: 'GLG', status: 'INTERESTED', estimatedValuePence: null },
        { councilCode: 'KEN', status: 'WITHDRAWN', estimatedValuePence: 99_000_000 },
        { councilCode: 'SKP', status: 'INVITED', estimatedValuePence: null },
      ],
      councils,
      2,
    );
    expect(demand).toEqual({
      interestedCount: 1,
      committedCount: 2,
      memberCount: 3,
      committedValuePence: 55_000_050,
      populationCovered: 257_302 + 332_900 + 635_640,
      committedPopulation: 257_302 + 332_900,
      regions: ['East Midlands', 'Scotland'],
      minimumCouncils: 2,
      minimumMet: true,
    });
  });

  it('says the minimum is not met until enough councils commit', () => {
    const demand = aggregateDemand(
      [{ councilCode: 'DER', status: 'COMMITTED', estimatedValuePence: 1 }],
      councils,
      3,
    );
    expect(demand.minimumMet).toBe(false);
    expect(aggregateDemand([], councils, 2)).toMatchObject({ memberCount: 0, regions: [] });
  });

  it('says neither met nor not met when no minimum is stated (sample content)', () => {
    const demand = aggregateDemand(
      [{ councilCode: 'DER', status: 'COMMITTED', estimatedValuePence: 1 }],
      councils,
      null,
    );
    expect(demand).toMatchObject({ minimumCouncils: null, minimumMet: null, committedCount: 1 });
  });
});
