import {
  type CouncilPlace,
  MIN_COUNCILS_FOR_UNANIMITY,
  tellsEveryone,
  UNANIMOUS,
} from './sector-map.disclosure';
import { type CellAnswer, sectorMapFigures } from './sector-map.figures';

const places = (n: number): CouncilPlace[] =>
  Array.from({ length: n }, (_, i) => ({
    code: `C${String(i).padStart(2, '0')}`,
    typeCode: 'UA',
    nation: 'England',
    region: 'East Midlands',
  }));

/** The first `high` councils see high potential in Efficiency × AI; the first `live` are live with evidence. */
function answers(councils: CouncilPlace[], high: number, live = 0): CellAnswer[] {
  return councils.map((council, i) => ({
    councilCode: council.code,
    objective: 'EFFICIENCY',
    technology: 'AI',
    potential: i < high ? 'HIGH' : 'SOME',
    plan: i < live ? 'LIVE' : i < high ? 'PLANNED_WITHIN_FIVE_YEARS' : null,
    liveWithEvidence: i < live,
  }));
}

const mapOf = (n: number, high: number, live = 0) => {
  const councils = places(n);
  return sectorMapFigures(councils, answers(councils, high, live), new Map(), {});
};
const aiCell = (map: ReturnType<typeof mapOf>) =>
  map.cells.find((cell) => cell.objective === 'EFFICIENCY' && cell.technology === 'AI')!;

describe('unanimity in a small group (decision 0059, amended)', () => {
  it('holds back none or all of fewer than ten councils, and nothing else', () => {
    for (let councils = 1; councils < MIN_COUNCILS_FOR_UNANIMITY; councils++) {
      expect(tellsEveryone(0, councils)).toBe(true);
      expect(tellsEveryone(councils, councils)).toBe(true);
      for (let some = 1; some < councils; some++) expect(tellsEveryone(some, councils)).toBe(false);
    }
    for (const councils of [10, 11, 40]) {
      expect(tellsEveryone(0, councils)).toBe(false);
      expect(tellsEveryone(councils, councils)).toBe(false);
    }
  });

  it('does not show a share of 100% or 0% among five councils, and says why for that figure', () => {
    const cell = aiCell(mapOf(5, 5, 1));
    expect(cell.highPotentialShare).toBeNull();
    expect(cell.planningShare).toBeNull();
    expect(cell.liveWithEvidence).toBe(1);
    expect(cell.heldBackReason).toBe(UNANIMOUS);
    expect(cell.gap).toBeNull();
    // An untouched cell: nobody sees high potential, nobody plans, nobody is live.
    const empty = mapOf(5, 5, 1).cells.find((c) => c.technology === 'GIS')!;
    expect(empty).toMatchObject({
      highPotentialShare: null,
      planningShare: null,
      liveWithEvidence: null,
      heldBackReason: UNANIMOUS,
      gap: null,
    });
  });

  it('holds back the totals by the same rule', () => {
    const map = mapOf(6, 6, 2);
    const efficiency = map.objectiveTotals.find((t) => t.objective === 'EFFICIENCY')!;
    expect(efficiency).toMatchObject({ highPotentialShare: null, liveWithEvidence: 2 });
    expect(efficiency.heldBackReason).toBe(UNANIMOUS);
    const ai = map.technologyTotals.find((t) => t.technology === 'AI')!;
    expect(ai.highPotentialShare).toBeNull();
  });

  it('shows a mixed answer among five, and 0% or 100% once ten councils answered', () => {
    const mixed = aiCell(mapOf(5, 3, 1));
    expect(mixed).toMatchObject({
      highPotentialShare: 3 / 5,
      planningShare: 3 / 5,
      liveWithEvidence: 1,
      heldBackReason: null,
    });
    const ten = mapOf(10, 10, 0);
    expect(aiCell(ten)).toMatchObject({
      highPotentialShare: 1,
      liveWithEvidence: 0,
      heldBackReason: null,
      gap: true,
    });
    expect(ten.cells.find((c) => c.technology === 'GIS')!.highPotentialShare).toBe(0);
  });

  it('leaves the whole-map rule in charge when fewer than five answered', () => {
    const map = mapOf(4, 4);
    expect(map.suppressedReason).not.toBeNull();
    expect(aiCell(map)).toMatchObject({ highPotentialShare: null, heldBackReason: null });
  });
});
