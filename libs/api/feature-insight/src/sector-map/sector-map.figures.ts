import {
  type AmbitionPlan,
  type AmbitionPotential,
  STRATEGIC_OBJECTIVES,
  type StrategicObjective,
  TECHNOLOGIES,
  type Technology,
} from '@lgx/shared/domain';

import {
  type CouncilPlace,
  matchesFilter,
  MIN_COUNCILS,
  safeBlocks,
  type SectorFilter,
  suppression,
  tellsEveryone,
  UNANIMOUS,
} from './sector-map.disclosure';
import type { SectorFigures, SectorMap } from './sector-map.object';

/** One council's answer for one cell, as read from the maps. */
export interface CellAnswer {
  councilCode: string;
  objective: string;
  technology: string;
  potential: AmbitionPotential | null;
  plan: AmbitionPlan | null;
  liveWithEvidence: boolean;
}

/** Published case studies by "objective technology", "objective *" and "* technology". */
export type CaseStudyCounts = Map<string, number>;

export const GAP_RULE = Object.freeze({
  highPotentialShare: 0.5,
  lowPractice: 3,
  text: 'At least half of the councils see high potential, and fewer than 3 published case studies and live entries with evidence show it in practice.',
});

const PLANNING: readonly (AmbitionPlan | null)[] = [
  'PLANNED_WITHIN_FIVE_YEARS',
  'PILOTING',
  'LIVE',
];

interface Tally {
  high: Set<string>;
  planning: Set<string>;
  live: Set<string>;
}
const tally = (): Tally => ({ high: new Set(), planning: new Set(), live: new Set() });

function count(answers: CellAnswer[], keyOf: (answer: CellAnswer) => string[]): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  for (const answer of answers)
    for (const key of keyOf(answer)) {
      const entry = tallies.get(key) ?? tally();
      tallies.set(key, entry);
      if (answer.potential === 'HIGH') entry.high.add(answer.councilCode);
      if (PLANNING.includes(answer.plan)) entry.planning.add(answer.councilCode);
      if (answer.plan === 'LIVE' && answer.liveWithEvidence) entry.live.add(answer.councilCode);
    }
  return tallies;
}

/**
 * The sector map under a filter. Every council-answer figure comes from the
 * councils that answered the map within the filter, and is held back as a
 * whole when the small-number rule says so (decision 0059): then nothing
 * but the public case study counts is returned.
 */
export function sectorMapFigures(
  places: CouncilPlace[],
  answers: CellAnswer[],
  caseStudies: CaseStudyCounts,
  filter: SectorFilter,
): SectorMap {
  const reason = suppression(places, safeBlocks(places), filter);
  const inGroup = new Set(places.filter((p) => matchesFilter(p, filter)).map((p) => p.code));
  return groupFigures(inGroup, reason, answers, caseStudies);
}

/**
 * The figures of one group of councils, all or none: `reason` (why the group
 * may not be shown, or null) comes from the small-number rule. The sector map
 * and "councils like mine" (decision 0064) both count through here.
 */
export function groupFigures(
  inGroup: Set<string>,
  reason: string | null,
  answers: CellAnswer[],
  caseStudies: CaseStudyCounts,
): SectorMap {
  const n = inGroup.size;
  const tallies = count(
    answers.filter((answer) => inGroup.has(answer.councilCode)),
    (a) => [`${a.objective} ${a.technology}`, `${a.objective} *`, `* ${a.technology}`],
  );
  const figures = (key: string): SectorFigures =>
    reason
      ? heldBack(caseStudies.get(key) ?? 0)
      : shown(tallies.get(key) ?? tally(), n, caseStudies.get(key) ?? 0);
  const objectives = Object.keys(STRATEGIC_OBJECTIVES) as StrategicObjective[];
  const technologies = Object.keys(TECHNOLOGIES) as Technology[];
  return {
    councilsAnswered: reason ? null : n,
    suppressedReason: reason,
    minimumCouncils: MIN_COUNCILS,
    gapRule: GAP_RULE.text,
    cells: objectives.flatMap((objective) =>
      technologies.map((technology) => {
        const cell = figures(`${objective} ${technology}`);
        return { objective, technology, ...cell, gap: isGap(cell) };
      }),
    ),
    objectiveTotals: objectives.map((objective) => ({
      objective,
      ...figures(`${objective} *`),
    })),
    technologyTotals: technologies.map((technology) => ({
      technology,
      ...figures(`* ${technology}`),
    })),
  };
}

/** Every council-answer figure held back: the small-number rule says no for the whole group. */
const heldBack = (publishedCaseStudies: number): SectorFigures => ({
  highPotentialShare: null,
  planningShare: null,
  liveWithEvidence: null,
  publishedCaseStudies,
  heldBackReason: null,
});

/**
 * The figures of a shown group of `n` councils, each held back on its own
 * when it is none or all of fewer than ten (decision 0059, amended).
 */
function shown(entry: Tally, n: number, publishedCaseStudies: number): SectorFigures {
  const withheld = [entry.high, entry.planning, entry.live].some((set) =>
    tellsEveryone(set.size, n),
  );
  const share = (set: Set<string>) => (tellsEveryone(set.size, n) ? null : set.size / n);
  return {
    highPotentialShare: share(entry.high),
    planningShare: share(entry.planning),
    liveWithEvidence: tellsEveryone(entry.live.size, n) ? null : entry.live.size,
    publishedCaseStudies,
    heldBackReason: withheld ? UNANIMOUS : null,
  };
}

function isGap(cell: SectorFigures): boolean | null {
  if (cell.highPotentialShare === null || cell.liveWithEvidence === null) return null;
  return (
    cell.highPotentialShare >= GAP_RULE.highPotentialShare &&
    cell.publishedCaseStudies + cell.liveWithEvidence < GAP_RULE.lowPractice
  );
}
