import {
  aggregateDemand,
  DEMAND_MEMBERS_ONLY_REASON,
  type DemandCouncil,
  demandForReader,
  type DemandMember,
} from './procurement-group-demand';

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

describe('demandForReader', () => {
  const codes = ['DER', 'NOT', 'GLG', 'KEN', 'SKP', 'BOL', 'OLD'];
  const members = (committed: number, interested: number): DemandMember[] => [
    ...codes.slice(0, committed).map((councilCode, i) => ({
      councilCode,
      status: 'COMMITTED' as const,
      estimatedValuePence: 10_000_000 * (i + 1),
    })),
    ...codes.slice(committed, committed + interested).map((councilCode) => ({
      councilCode,
      status: 'INTERESTED' as const,
      estimatedValuePence: null,
    })),
  ];

  it('shows members every figure, however few councils they rest on', () => {
    const view = demandForReader(aggregateDemand(members(1, 0), councils, 2), true);
    expect(view).toMatchObject({ committedCount: 1, committedValuePence: 10_000_000 });
    expect(view.withheldReason).toBeNull();
  });

  it.each([
    [1, 0],
    [2, 0],
    [1, 3],
    [2, 4],
  ])(
    'withholds from others every committed figure of %i committed councils (%i interested)',
    (committed, interested) => {
      const view = demandForReader(
        aggregateDemand(members(committed, interested), councils, 2),
        false,
      );
      expect(view).toMatchObject({
        committedCount: null,
        committedValuePence: null,
        committedPopulation: null,
        minimumMet: null,
        memberCount: null,
        populationCovered: null,
        regions: null,
        minimumCouncils: 2,
      });
      expect(view.withheldReason).toMatch(/at least 3 councils/);
    },
  );

  it('withholds the member figures while 1 or 2 are interested, so member minus committed tells nothing', () => {
    const view = demandForReader(aggregateDemand(members(3, 1), councils, 2), false);
    expect(view).toMatchObject({
      committedCount: 3,
      committedValuePence: null,
      minimumMet: true,
      interestedCount: null,
      memberCount: null,
      populationCovered: null,
      regions: null,
    });
    expect(view.withheldReason).not.toBeNull();
  });

  it('shows others the counts once each rests on none or at least 3 councils, never money', () => {
    for (const [committed, interested] of [
      [3, 0],
      [3, 3],
      [0, 0],
      [0, 4],
    ] as const) {
      const demand = aggregateDemand(members(committed, interested), councils, 2);
      expect(demandForReader(demand, false)).toEqual({
        ...demand,
        committedValuePence: null,
        committedPopulation: null,
        withheldReason: DEMAND_MEMBERS_ONLY_REASON,
      });
    }
  });

  it('never gives others a money total or committed population, so one commitment cannot be subtracted', () => {
    const before = demandForReader(aggregateDemand(members(3, 0), councils, 2), false);
    const after = demandForReader(aggregateDemand(members(4, 0), councils, 2), false);
    for (const view of [before, after]) {
      expect(view).toMatchObject({ committedValuePence: null, committedPopulation: null });
      expect(view.withheldReason).toMatch(/member councils only/);
    }
    expect(after.committedCount).toBe(4);
  });
});
