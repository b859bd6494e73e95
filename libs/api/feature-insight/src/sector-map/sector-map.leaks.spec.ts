import { seededRandom } from '../testing/seeded-random';
import type { CouncilPlace, SectorFilter } from './sector-map.disclosure';
import { type CellAnswer, sectorMapFigures } from './sector-map.figures';

/**
 * An honest brute force over small random sectors (decision 0059, amended):
 * it knows the published answers (they are public), sees every figure under
 * every filter combination (and which are held back, and why), and lists
 * every vector of PRIVATE answers consistent with all of that. A private
 * council's answer leaks when every consistent vector gives it the same
 * value: to anybody, or to an insider (a private council that knows its
 * own answer). This covers (1) subtracting published answers, (2) differencing
 * two shown filters (and any mix of them), (3) an insider taking itself off.
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
  places: (CouncilPlace & { published: boolean })[];
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

/** Everything the public sees of the cell and the group, under every filter. */
function observe(places: CouncilPlace[], yes: Map<string, boolean>): string[] {
  const answers = answersOf(yes);
  return FILTERS.map((filter) => {
    const map = sectorMapFigures(places, answers, new Map(), filter);
    const cell = map.cells.find((c) => c.objective === 'EFFICIENCY' && c.technology === 'AI')!;
    return JSON.stringify([
      map.suppressedReason,
      map.councilsAnswered,
      cell.highPotentialShare,
      cell.planningShare,
      cell.heldBackReason,
    ]);
  });
}

/** The leaks in one sector: "who learns whose answer", empty when none. */
function leaks({ places, truth }: Sector): { leaks: string[]; shown: number } {
  const privates = places.filter((p) => !p.published).map((p) => p.code);
  const seen = observe(places, truth);
  const consistent: boolean[][] = [];
  for (let bits = 0; bits < 2 ** privates.length; bits++) {
    const vector = privates.map((_, i) => ((bits >> i) & 1) === 1);
    const yes = new Map(truth);
    privates.forEach((code, i) => yes.set(code, vector[i]!));
    const seenHere = observe(places, yes);
    if (seenHere.every((figure, i) => figure === seen[i])) consistent.push(vector);
  }
  const found: string[] = [];
  const determined = (vectors: boolean[][], j: number) =>
    vectors.every((vector) => vector[j] === vectors[0]![j]);
  privates.forEach((code, j) => {
    if (determined(consistent, j)) found.push(`anybody learns ${code}`);
    privates.forEach((insider, i) => {
      if (i === j) return;
      const known = consistent.filter((vector) => vector[i] === truth.get(insider));
      if (determined(known, j)) found.push(`${insider} learns ${code}`);
    });
  });
  const shown = seen.filter((figure) => JSON.parse(figure)[2] !== null).length;
  return { leaks: [...new Set(found)], shown };
}

describe('no private answer can be worked out from the sector map (brute force)', () => {
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
