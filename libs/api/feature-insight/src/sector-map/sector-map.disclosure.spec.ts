import { seededRandom } from '../testing/seeded-random';
import {
  type CouncilPlace,
  MIN_COUNCILS,
  safeBlocks,
  type SectorFilter,
  SUPPRESSED,
  suppression,
} from './sector-map.disclosure';

const place = (code: string, typeCode: string, region: string | null, nation = 'England') =>
  ({ code, typeCode, nation, region }) as CouncilPlace;
const many = (
  prefix: string,
  n: number,
  typeCode: string,
  region: string | null,
  nation?: string,
) => Array.from({ length: n }, (_, i) => place(`${prefix}${i}`, typeCode, region, nation));

const FILTERS: SectorFilter[] = [
  {},
  ...['UA', 'MD', 'CTY', 'NMD', 'LBO'].map((councilType) => ({ councilType })),
  ...['England', 'Wales', 'Scotland'].map((nation) => ({ nation })),
  ...['East Midlands', 'North West', 'London', 'South East'].map((region) => ({ region })),
];
/** Every combination of the filters above, one value per dimension at most. */
const allFilters = (): SectorFilter[] => {
  const types = [undefined, 'UA', 'MD', 'CTY', 'NMD', 'LBO'];
  const nations = [undefined, 'England', 'Wales', 'Scotland'];
  const regions = [undefined, 'East Midlands', 'North West', 'London', 'South East'];
  return types.flatMap((councilType) =>
    nations.flatMap((nation) => regions.map((region) => ({ councilType, nation, region }))),
  );
};

/** The councils matching `filter`. */
const groupOf = (places: CouncilPlace[], filter: SectorFilter) =>
  places.filter(
    (p) =>
      (!filter.councilType || p.typeCode === filter.councilType) &&
      (!filter.nation || p.nation === filter.nation) &&
      (!filter.region || p.region === filter.region),
  );

describe('the small-number rule of the sector map', () => {
  it('shows five councils and holds back four, under any filter', () => {
    const four = many('A', 4, 'UA', 'East Midlands');
    const five = many('A', 5, 'UA', 'East Midlands');
    for (const filter of FILTERS) {
      expect(suppression(four, safeBlocks(four), filter)).toBe(SUPPRESSED.FEWER_THAN_FIVE);
      const shown = suppression(five, safeBlocks(five), filter);
      expect(shown).toBe(groupOf(five, filter).length === 5 ? null : SUPPRESSED.FEWER_THAN_FIVE);
    }
  });

  it('never shows a filter that leaves out fewer than five of a shown group', () => {
    // Six unitary councils in the East Midlands and one metropolitan district in the North West:
    // the whole sector minus "unitary" would be the one district.
    const places = [...many('U', 6, 'UA', 'East Midlands'), place('M0', 'MD', 'North West')];
    const blocks = safeBlocks(places);
    expect(suppression(places, blocks, {})).toBeNull();
    expect(suppression(places, blocks, { councilType: 'UA' })).toBe(SUPPRESSED.WOULD_SINGLE_OUT);
    expect(suppression(places, blocks, { region: 'East Midlands' })).toBe(
      SUPPRESSED.WOULD_SINGLE_OUT,
    );
  });

  it('blocks every difference of shown figures from being smaller than five private councils, over many sectors', () => {
    // A deterministic pseudo-random spread of councils over types, regions and nations, some
    // with published maps (public answers, so they count neither way).
    const next = seededRandom(7);
    const types = ['UA', 'MD', 'CTY', 'NMD', 'LBO'];
    const spots: [string, string | null][] = [
      ['England', 'East Midlands'],
      ['England', 'North West'],
      ['England', 'London'],
      ['England', 'South East'],
      ['Wales', null],
      ['Scotland', null],
    ];
    for (let round = 0; round < 60; round++) {
      const places = Array.from({ length: 3 + next(40) }, (_, i) => {
        const [nation, region] = spots[next(spots.length)]!;
        const published = next(4) === 0;
        return { ...place(`C${i}`, types[next(types.length)]!, region, nation), published };
      });
      const privates = places.filter((p) => !p.published);
      const blocks = safeBlocks(places);
      const shownFilters = allFilters().filter(
        (filter) => suppression(places, blocks, filter) === null,
      );
      for (const filter of shownFilters) {
        expect(groupOf(places, filter).length).toBeGreaterThanOrEqual(MIN_COUNCILS);
        const privateCount = groupOf(privates, filter).length;
        expect(privateCount === 0 || privateCount >= MIN_COUNCILS).toBe(true);
      }
      const shown = shownFilters.map(
        (filter) => new Set(groupOf(privates, filter).map((p) => p.code)),
      );
      // Any two shown groups' private parts differ, each way, by none or at least five councils.
      for (const a of shown)
        for (const b of shown) {
          const aNotB = [...a].filter((code) => !b.has(code)).length;
          expect(aNotB === 0 || aNotB >= MIN_COUNCILS).toBe(true);
        }
      // Every block is one of at least five private councils (unless fewer than five answered
      // privately at all); published councils are in none.
      expect([...blocks.keys()].sort()).toEqual(privates.map((p) => p.code).sort());
      const sizes = new Map<number, number>();
      for (const block of blocks.values()) sizes.set(block, (sizes.get(block) ?? 0) + 1);
      if (privates.length >= MIN_COUNCILS)
        for (const size of sizes.values()) expect(size).toBeGreaterThanOrEqual(MIN_COUNCILS);
    }
  });

  it('does not depend on the order the councils come in', () => {
    const places = [
      ...many('U', 6, 'UA', 'East Midlands'),
      ...many('M', 3, 'MD', 'North West'),
      ...many('W', 4, 'UA', null, 'Wales'),
    ];
    const forwards = safeBlocks(places);
    const backwards = safeBlocks([...places].reverse());
    for (const filter of allFilters())
      expect(suppression(places, forwards, filter)).toBe(suppression(places, backwards, filter));
  });
});
