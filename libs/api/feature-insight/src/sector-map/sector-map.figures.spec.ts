import {
  type CouncilPlace,
  MIN_COUNCILS_FOR_UNANIMITY,
  tellsAnInsider,
  UNANIMOUS,
} from './sector-map.disclosure';
import { type CellAnswer, sectorMapFigures } from './sector-map.figures';

const places = (n: number, region = 'East Midlands', from = 0): CouncilPlace[] =>
  Array.from({ length: n }, (_, i) => ({
    code: `C${String(from + i).padStart(2, '0')}`,
    typeCode: 'UA',
    nation: 'England',
    region,
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
  it('holds back none, one, all but one or all of fewer than ten private councils, and nothing else', () => {
    for (let councils = 1; councils < MIN_COUNCILS_FOR_UNANIMITY; councils++)
      for (let some = 0; some <= councils; some++)
        expect(tellsAnInsider(some, councils)).toBe(
          some === 0 || some === 1 || some === councils - 1 || some === councils,
        );
    for (const councils of [10, 11, 40])
      for (const some of [0, 1, councils - 1, councils])
        expect(tellsAnInsider(some, councils)).toBe(false);
    // No private council: everything counted is public.
    expect(tellsAnInsider(0, 0)).toBe(false);
  });

  it('does not show a share of 100% or 0% among five councils, and says why for that figure', () => {
    const cell = aiCell(mapOf(5, 5, 2));
    expect(cell.highPotentialShare).toBeNull();
    expect(cell.planningShare).toBeNull();
    expect(cell.liveWithEvidence).toBe(2);
    expect(cell.heldBackReason).toBe(UNANIMOUS);
    expect(cell.gap).toBeNull();
    // An untouched cell: nobody sees high potential, nobody plans, nobody is live.
    const empty = mapOf(5, 5, 2).cells.find((c) => c.technology === 'GIS')!;
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
    const mixed = aiCell(mapOf(5, 3, 2));
    expect(mixed).toMatchObject({
      highPotentialShare: 3 / 5,
      planningShare: 3 / 5,
      liveWithEvidence: 2,
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

describe('insiders: a council knows its own answer (decision 0059, amended 2)', () => {
  it('holds back one or all but one of five: the one (or the odd one out) would learn every other answer', () => {
    for (const [high, live] of [
      [1, 2],
      [4, 2],
    ] as const) {
      const cell = aiCell(mapOf(5, high, live));
      expect(cell.highPotentialShare).toBeNull();
      expect(cell.liveWithEvidence).toBe(2);
      expect(cell.heldBackReason).toBe(UNANIMOUS);
    }
    expect(aiCell(mapOf(5, 3, 1)).liveWithEvidence).toBeNull();
    expect(aiCell(mapOf(10, 1, 9))).toMatchObject({ highPotentialShare: 0.1, liveWithEvidence: 9 });
  });

  it('holds a figure back in every group holding a block whose count would tell an insider', () => {
    // Two blocks of five: East Midlands sees high potential 3 of 5, North West 0 of 5. The whole
    // sector (3 of 10) minus East Midlands (3 of 5) would tell everybody North West's answers.
    const east = places(5, 'East Midlands');
    const west = places(5, 'North West', 5);
    const all = [...east, ...west];
    const cellAnswers = [...answers(east, 3, 2), ...answers(west, 0)];
    for (const filter of [{}, { region: 'North West' }]) {
      const map = sectorMapFigures(all, cellAnswers, new Map(), filter);
      expect(map.suppressedReason).toBeNull();
      expect(aiCell(map).highPotentialShare).toBeNull();
    }
    const eastOnly = sectorMapFigures(all, cellAnswers, new Map(), { region: 'East Midlands' });
    expect(aiCell(eastOnly).highPotentialShare).toBe(3 / 5);
  });
});

describe('published maps are public (decision 0059, amended 2)', () => {
  const mixed = (privates: number, published: number) => [
    ...places(privates),
    ...places(published, 'East Midlands', privates).map((p) => ({ ...p, published: true })),
  ];

  it('holds back 4 published and 1 private: taking the published answers off would give the private one', () => {
    const councils = mixed(1, 4);
    const map = sectorMapFigures(councils, answers(councils, 2, 1), new Map(), {});
    expect(map.suppressedReason).toBe('fewer than 5 councils answered');
    expect(map.councilsAnswered).toBeNull();
    expect(aiCell(map).highPotentialShare).toBeNull();
  });

  it('needs five private councils, and then counts every council in the figures', () => {
    expect(
      sectorMapFigures(mixed(4, 6), answers(mixed(4, 6), 5), new Map(), {}).suppressedReason,
    ).not.toBeNull();
    const councils = mixed(5, 3);
    const map = sectorMapFigures(councils, answers(councils, 3, 2), new Map(), {});
    expect(map.councilsAnswered).toBe(8);
    expect(aiCell(map)).toMatchObject({ highPotentialShare: 3 / 8, liveWithEvidence: 2 });
  });

  it('judges insiders on the private part: 2 of 5 private plus 3 published who all said yes', () => {
    // The shown 5 of 8 is not "all but one", but taking off the 3 published leaves 2 of 5: safe.
    const councils = mixed(5, 3);
    const yes = answers(councils, 8).map((a, i) => ({
      ...a,
      potential: i < 2 || i >= 5 ? ('HIGH' as const) : ('SOME' as const),
    }));
    expect(aiCell(sectorMapFigures(councils, yes, new Map(), {})).highPotentialShare).toBe(5 / 8);
    // 1 of 5 private plus 3 published: 4 of 8 looks mixed, yet the private part is 1 of 5.
    const one = yes.map((a, i) => (i === 1 ? { ...a, potential: 'SOME' as const } : a));
    expect(aiCell(sectorMapFigures(councils, one, new Map(), {})).highPotentialShare).toBeNull();
  });

  it('shows a group of published maps only: all of it is public', () => {
    const councils = mixed(0, 5);
    const map = sectorMapFigures(councils, answers(councils, 5), new Map(), {});
    expect(map.suppressedReason).toBeNull();
    expect(aiCell(map)).toMatchObject({ highPotentialShare: 1, heldBackReason: null });
    const four = mixed(0, 4);
    expect(sectorMapFigures(four, answers(four, 2), new Map(), {}).suppressedReason).toBe(
      'fewer than 5 councils answered',
    );
  });
});
