import { peerGroup, type PeerPlace } from '../peers/peers.grouping';
import { seededRandom } from '../testing/seeded-random';
import { type CouncilPlace, safeBlocks, type SectorFilter } from './sector-map.disclosure';
import { type CellAnswer, groupFigures, sectorMapFigures } from './sector-map.figures';
import type { SectorMap } from './sector-map.object';

/**
 * An honest brute force over small random sectors (decision 0059, amended):
 * it knows the published answers (they are public), sees every figure under
 * every filter combination (and which are held back, and why), and lists
 * every vector of PRIVATE answers consistent with all of that. A private
 * council's answer leaks when every consistent vector gives it the same
 * value: to anybody, or to an insider (a private council that knows its
 * own answer). This covers (1) subtracting published answers, (2) differencing
 * two shown filters (and any mix of them), (3) an insider taking itself off,
 * who also sees its own "councils like mine" figures (decision 0064).
 */
const TYPES = ['UA', 'MD'];
const SPOTS: [string, string | null][] = [
  ['England', 'East Midlands'],
  ['England', 'North West'],
  ['Wales', null],
];
const FILTERS: SectorFilter[] = [undefined, ...TYPES].flatMap((councilType) =>
  [undefined, 'England', 'Wales'].flatMap((nation) =>
    [undefined, 'East Midlands', 'North West'].map((region) => ({ councilType, nation, region })),
  ),
);

interface Sector {
  places: (PeerPlace & { published: boolean })[];
  /** Who sees high potential (and plans), in the one cell answered. */
  truth: Map<string, boolean>;
}

function randomSector(next: (n: number) => number): Sector {
  const privates = 5 + next(4);
  const published = next(6);
  const places = Array.from({ length: privates + published }, (_, i) => {
    const [nation, region] = SPOTS[next(SPOTS.length)]!;
    return {
      code: `C${String(i).padStart(2, '0')}`,
      typeCode: TYPES[next(TYPES.length)]!,
      nation,
      region,
      population: [80_000, 150_000, 300_000][next(3)]!,
      published: i >= privates,
    };
  });
  return { places, truth: new Map(places.map((p) => [p.code, next(2) === 1])) };
}

const answersOf = (yes: Map<string, boolean>): CellAnswer[] =>
  [...yes].map(([councilCode, high]) => ({
    councilCode,
    objective: 'EFFICIENCY',
    technology: 'AI',
    potential: high ? 'HIGH' : 'SOME',
    plan: high ? 'PLANNED_WITHIN_FIVE_YEARS' : null,
    liveWithEvidence: false,
  }));

/** What a reader sees of the one cell answered, and of the group, in a map. */
function cellSeen(map: SectorMap): string {
  const cell = map.cells.find((c) => c.objective === 'EFFICIENCY' && c.technology === 'AI')!;
  return JSON.stringify([
    map.suppressedReason,
    map.councilsAnswered,
    cell.highPotentialShare,
    cell.planningShare,
    cell.heldBackReason,
  ]);
}

/** Everything the public sees of the cell and the group, under every filter. */
function observe(places: CouncilPlace[], yes: Map<string, boolean>): string[] {
  const answers = answersOf(yes);
  return FILTERS.map((filter) => cellSeen(sectorMapFigures(places, answers, new Map(), filter)));
}

/** What council `me` alone sees: the same cell for its peers (councils like mine). */
function observePeers(me: PeerPlace, places: PeerPlace[], yes: Map<string, boolean>): string {
  const blocks = safeBlocks(places);
  const group = peerGroup(me, places, blocks);
  const peers = new Set(group.peers ?? []);
  return cellSeen(groupFigures(peers, group.suppressedReason, answersOf(yes), new Map(), blocks));
}

/** The leaks in one sector: "who learns whose answer", empty when none. */
function leaks({ places, truth }: Sector): { leaks: string[]; shown: number } {
  const privates = places.filter((p) => !p.published).map((p) => p.code);
  const seen = observe(places, truth);
  // Every council that answered sees its own peer figures; a private one also knows its answer.
  const insiders = places;
  const seenByInsider = insiders.map((me) => observePeers(me, places, truth));
  const consistent: boolean[][] = [];
  /** Per consistent vector, whether each insider's peer figures are the same as in truth. */
  const peersAgree: boolean[][] = [];
  for (let bits = 0; bits < 2 ** privates.length; bits++) {
    const vector = privates.map((_, i) => ((bits >> i) & 1) === 1);
    const yes = new Map(truth);
    privates.forEach((code, i) => yes.set(code, vector[i]!));
    const seenHere = observe(places, yes);
    if (!seenHere.every((figure, i) => figure === seen[i])) continue;
    consistent.push(vector);
    peersAgree.push(insiders.map((me, i) => observePeers(me, places, yes) === seenByInsider[i]));
  }
  const found: string[] = [];
  const determined = (vectors: boolean[][], j: number) =>
    vectors.every((vector) => vector[j] === vectors[0]![j]);
  privates.forEach((code, j) => {
    if (determined(consistent, j)) found.push(`anybody learns ${code}`);
    insiders.forEach((insider, i) => {
      if (insider.code === code) return;
      const own = privates.indexOf(insider.code);
      const known = consistent.filter(
        (vector, v) => (own < 0 || vector[own] === truth.get(insider.code)) && peersAgree[v]![i],
      );
      if (determined(known, j)) found.push(`${insider.code} learns ${code}`);
    });
  });
  const shown = seen.filter((figure) => JSON.parse(figure)[2] !== null).length;
  return { leaks: [...new Set(found)], shown };
}

describe('no private answer can be worked out from the sector map or councils like mine (brute force)', () => {
  it('over random small sectors with published maps, every filter and every shown figure', () => {
    const next = seededRandom(59);
    let shown = 0;
    const found: string[] = [];
    for (let round = 0; round < 30; round++) {
      const sector = randomSector(next);
      const result = leaks(sector);
      shown += result.shown;
      if (result.leaks.length)
        found.push(
          `sector ${round} (${sector.places
            .map((p) => `${p.code}${p.published ? '*' : ''}=${sector.truth.get(p.code) ? 1 : 0}`)
            .join(' ')}): ${result.leaks.slice(0, 3).join('; ')}`,
        );
    }
    expect(found).toEqual([]);
    // Not vacuous: figures are shown in many of these sectors.
    expect(shown).toBeGreaterThan(15);
  });
});
