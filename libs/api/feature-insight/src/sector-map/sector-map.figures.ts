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
  tellsAnInsider,
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
  const blocks = safeBlocks(places);
  const reason = suppression(places, blocks, filter);
  const inGroup = new Set(places.filter((p) => matchesFilter(p, filter)).map((p) => p.code));
  return groupFigures(inGroup, reason, answers, caseStudies, blocks);
}

const keysOf = (a: CellAnswer) => [
  `${a.objective} ${a.technology}`,
  `${a.objective} *`,
  `* ${a.technology}`,
];

/**
 * The figures of one group of councils, all or none: `reason` (why the group
 * may not be shown, or null) comes from the small-number rule. The sector map
 * and "councils like mine" (decision 0064) both count through here. `blocks`
 * (from `safeBlocks`) places the private councils: a figure is held back on
 * its own when, in any block the group touches, its count would tell an
 * insider the others' answers (`tellsAnInsider`).
 */
export function groupFigures(
  inGroup: Set<string>,
  reason: string | null,
  answers: CellAnswer[],
  caseStudies: CaseStudyCounts,
  blocks: Map<string, number>,
): SectorMap {
  const n = inGroup.size;
  const tallies = count(
    answers.filter((answer) => inGroup.has(answer.councilCode)),
    keysOf,
  );
  const risky = insiderRisk(inGroup, answers, blocks);
  const figures = (key: string): SectorFigures =>
    reason
      ? heldBack(caseStudies.get(key) ?? 0)
      : shown(tallies.get(key) ?? tally(), n, caseStudies.get(key) ?? 0, risky(key));
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

type Figure = keyof Tally;
const FIGURES: Figure[] = ['high', 'planning', 'live'];

/**
 * Which of a key's figures would tell an insider something (decision 0059,
 * amended 2): the count of any block of private councils the group touches
 * is near none or all (`tellsAnInsider`). Counted over the WHOLE block, so a
 * figure is held back in every group holding that block (the sector map
 * under any filter, or a peer group), and a difference of two shown figures
 * (a sum of blocks that are each safe) tells no insider anything either.
 */
function insiderRisk(
  inGroup: Set<string>,
  answers: CellAnswer[],
  blocks: Map<string, number>,
): (key: string) => Set<Figure> {
  const touched = new Set([...inGroup].flatMap((code) => blocks.get(code) ?? []));
  const sizes = new Map<number, number>();
  for (const block of blocks.values())
    if (touched.has(block)) sizes.set(block, (sizes.get(block) ?? 0) + 1);
  const perBlock = new Map<number, Map<string, Tally>>();
  for (const block of touched)
    perBlock.set(
      block,
      count(
        answers.filter((answer) => blocks.get(answer.councilCode) === block),
        keysOf,
      ),
    );
  return (key) =>
    new Set(
      FIGURES.filter((figure) =>
        [...touched].some((block) =>
          tellsAnInsider(perBlock.get(block)!.get(key)?.[figure].size ?? 0, sizes.get(block)!),
        ),
      ),
    );
}

/**
 * The figures of a shown group of `n` councils, each held back on its own
 * when it would tell an insider the others' answers (`risky`).
 */
function shown(
  entry: Tally,
  n: number,
  publishedCaseStudies: number,
  risky: Set<Figure>,
): SectorFigures {
  const share = (figure: Figure) => (risky.has(figure) ? null : entry[figure].size / n);
  return {
    highPotentialShare: share('high'),
    planningShare: share('planning'),
    liveWithEvidence: risky.has('live') ? null : entry.live.size,
    publishedCaseStudies,
    heldBackReason: risky.size ? UNANIMOUS : null,
  };
}

function isGap(cell: SectorFigures): boolean | null {
  if (cell.highPotentialShare === null || cell.liveWithEvidence === null) return null;
  return (
    cell.highPotentialShare >= GAP_RULE.highPotentialShare &&
    cell.publishedCaseStudies + cell.liveWithEvidence < GAP_RULE.lowPractice
  );
}
