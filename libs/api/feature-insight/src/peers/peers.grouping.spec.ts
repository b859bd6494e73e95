import {
  MIN_COUNCILS,
  safeBlocks,
  type SectorFilter,
  suppression,
} from '../sector-map/sector-map.disclosure';
import { seededRandom } from '../testing/seeded-random';
import {
  likeness,
  peerGroup,
  type PeerPlace,
  PEERS_SUPPRESSED,
  populationBand,
} from './peers.grouping';

const place = (
  code: string,
  typeCode: string,
  region: string | null,
  population: number | null = 250_000,
  nation = 'England',
): PeerPlace => ({ code, typeCode, nation, region, population });
const many = (
  prefix: string,
  n: number,
  typeCode: string,
  region: string | null,
  population?: number,
) => Array.from({ length: n }, (_, i) => place(`${prefix}${i}`, typeCode, region, population));

const matches = (p: PeerPlace, filter: SectorFilter) =>
  (!filter.councilType || p.typeCode === filter.councilType) &&
  (!filter.nation || p.nation === filter.nation) &&
  (!filter.region || p.region === filter.region);

describe('councils like mine: the peer group', () => {
  it('bands populations by doubling, and knows no band without a population', () => {
    expect([99_999, 100_000, 199_999, 200_000, 450_000, 800_000].map(populationBand)).toEqual([
      0, 1, 1, 2, 3, 4,
    ]);
    expect(populationBand(null)).toBeNull();
    expect(populationBand(0)).toBeNull();
  });

  it('counts likeness by type first, then population band and region, then nation', () => {
    const me = place('ME', 'UA', 'East Midlands', 250_000);
    expect(likeness(me, place('A', 'UA', 'East Midlands', 300_000))).toBe(9);
    expect(likeness(me, place('B', 'UA', 'North West', 900_000))).toBe(5);
    expect(likeness(me, place('C', 'MD', 'East Midlands', 250_000))).toBe(5);
    expect(likeness(me, place('D', 'WPA', null, 250_000, 'Wales'))).toBe(2);
    expect(likeness(place('X', 'UA', null, null), place('Y', 'UA', null, null))).toBe(5);
  });

  it('takes the most alike whole block and leaves the council itself out', () => {
    const me = place('ME', 'UA', 'East Midlands');
    const places = [
      me,
      ...many('U', 5, 'UA', 'East Midlands'),
      ...many('M', 5, 'MD', 'North West'),
    ];
    expect(peerGroup(me, places, safeBlocks(places))).toEqual({
      peers: ['U0', 'U1', 'U2', 'U3', 'U4'],
      suppressedReason: null,
    });
  });

  it('widens to the next most alike block when its own block leaves fewer than five others', () => {
    const me = place('ME', 'UA', 'East Midlands');
    const places = [
      me,
      ...many('U', 4, 'UA', 'East Midlands'),
      ...many('N', 5, 'UA', 'North West'),
      ...many('M', 5, 'MD', 'London', 2_000_000),
    ];
    const group = peerGroup(me, places, safeBlocks(places));
    expect(group.peers).toEqual(['N0', 'N1', 'N2', 'N3', 'N4', 'U0', 'U1', 'U2', 'U3']);
  });

  it('holds everything back when fewer than five other councils answered in whole blocks', () => {
    const me = place('ME', 'UA', 'East Midlands');
    const five = [me, ...many('U', 4, 'UA', 'East Midlands')];
    expect(peerGroup(me, five, safeBlocks(five))).toEqual({
      peers: null,
      suppressedReason: PEERS_SUPPRESSED.TOO_FEW,
    });
    // The council has not answered itself: four others are still too few.
    const four = many('U', 4, 'UA', 'East Midlands');
    expect(peerGroup(me, four, safeBlocks(four)).peers).toBeNull();
    // A council that has not answered gets whole blocks of others.
    const fiveOthers = many('U', 5, 'UA', 'East Midlands');
    expect(peerGroup(me, fiveOthers, safeBlocks(fiveOthers)).peers).toHaveLength(5);
  });

  it('lets published maps join freely, but needs five private others in whole blocks (decision 0059, amended 2)', () => {
    const me = place('ME', 'UA', 'East Midlands');
    const published = many('P', 5, 'UA', 'East Midlands').map((p) => ({ ...p, published: true }));
    // One private other beside five published: never counted (it would be what is left once the
    // published answers are taken off); the group is the published ones, all of it public.
    const onePrivate = [me, place('X0', 'UA', 'East Midlands'), ...published];
    expect(peerGroup(me, onePrivate, safeBlocks(onePrivate)).peers).toEqual(
      published.map((p) => p.code),
    );
    // Four published others and one private: no group.
    const fewPublished = [me, place('X0', 'UA', 'East Midlands'), ...published.slice(1)];
    expect(peerGroup(me, fewPublished, safeBlocks(fewPublished)).peers).toBeNull();
    // Two published councils more alike than a block of five private ones: all seven are peers.
    const both = [me, ...many('U', 5, 'UA', 'North West'), ...published.slice(0, 2)];
    const group = peerGroup(me, both, safeBlocks(both));
    expect(group.peers).toEqual(['P0', 'P1', 'U0', 'U1', 'U2', 'U3', 'U4']);
  });

  it('never lets a peer group and any shown sector map filter differ by one to four other councils, over many sectors', () => {
    const next = seededRandom(11);
    const types = ['UA', 'MD', 'NMD', 'LBO'];
    const regions = ['East Midlands', 'North West', 'London', 'South East'];
    const filters: SectorFilter[] = [undefined, ...types].flatMap((councilType) =>
      [undefined, ...regions].map((region) => ({ councilType, region })),
    );
    for (let round = 0; round < 40; round++) {
      const places = Array.from({ length: 3 + next(40) }, (_, i) =>
        place(
          `C${i}`,
          types[next(types.length)]!,
          regions[next(regions.length)]!,
          50_000 + next(1_000_000),
        ),
      );
      const blocks = safeBlocks(places);
      const shown = filters
        .filter((filter) => suppression(places, blocks, filter) === null)
        .map((filter) => new Set(places.filter((p) => matches(p, filter)).map((p) => p.code)));
      for (const me of places) {
        const { peers } = peerGroup(me, places, blocks);
        if (!peers) continue;
        expect(peers).not.toContain(me.code);
        expect(peers.length).toBeGreaterThanOrEqual(MIN_COUNCILS);
        // Whole blocks: with the council itself, every block touched is taken whole.
        const taken = new Set([...peers, me.code]);
        for (const [code, block] of blocks)
          if (peers.some((peer) => blocks.get(peer) === block)) expect(taken.has(code)).toBe(true);
        // Differences with the sector map are whole blocks of five or more, once the council's
        // own answer (which it knows) is put back where its block is taken: nothing else
        // than the sector map's own blocks can be worked out.
        const withMe = new Set(
          peers.some((p) => blocks.get(p) === blocks.get(me.code)) ? taken : peers,
        );
        for (const group of shown) {
          const onlyPeers = [...withMe].filter((code) => !group.has(code)).length;
          const onlyGroup = [...group].filter((code) => !withMe.has(code)).length;
          expect(onlyPeers === 0 || onlyPeers >= MIN_COUNCILS).toBe(true);
          expect(onlyGroup === 0 || onlyGroup >= MIN_COUNCILS).toBe(true);
        }
      }
    }
  });
});
