import { AMBITION_PLANS, AMBITION_POTENTIALS, labelOf, TECHNOLOGIES } from '@lgx/shared/domain';

import {
  count,
  HELD_BACK,
  percent,
  type SectorCellFigures,
  technologyLabel,
} from './sector-map-view';

/** The council's own answer for one cell, as the API gives it. */
export interface OwnCell {
  technology: string;
  potential?: string | null;
  plan?: string | null;
}

/** One row of an objective's comparison: the council's answer beside its peers', in words. */
export interface PeerRow {
  key: string;
  technology: string;
  yours: string;
  peers: string;
}

/** The council's own answer for one cell, in words. */
function ownInWords(mine: OwnCell | undefined): string {
  const potential = mine?.potential && labelOf(AMBITION_POTENTIALS, mine.potential);
  const plan = mine?.plan && labelOf(AMBITION_PLANS, mine.plan);
  if (!potential && !plan) return 'Not answered';
  return [
    potential ? `${potential} potential` : 'Potential not answered',
    plan ?? 'plan not answered',
  ].join('; ');
}

/** The peers' figures for one cell, in words, or why they are held back. */
function peersInWords(theirs: Omit<SectorCellFigures, 'publishedCaseStudies'> | undefined) {
  if (theirs?.highPotentialShare === null || theirs?.highPotentialShare === undefined)
    return HELD_BACK;
  return [
    `${percent(theirs.highPotentialShare)} see high potential`,
    `${percent(theirs.planningShare)} planning`,
    `${count(theirs.liveWithEvidence)} live with evidence`,
  ].join('; ');
}

/** Every technology of one objective, in taxonomy order, the council's answer beside its peers'. */
export function peerRows(
  objective: string,
  own: OwnCell[],
  peers: Omit<SectorCellFigures, 'publishedCaseStudies'>[],
): PeerRow[] {
  return Object.keys(TECHNOLOGIES).map((technology) => ({
    key: `${objective} ${technology}`,
    technology: technologyLabel(technology),
    yours: ownInWords(own.find((cell) => cell.technology === technology)),
    peers: peersInWords(
      peers.find((cell) => cell.objective === objective && cell.technology === technology),
    ),
  }));
}

/** The council's own register entry in words: what its peers were chosen by. */
export function likenessInWords(likeness: {
  councilType: string;
  populationBand?: string | null;
  region?: string | null;
  nation: string;
}): string {
  return [likeness.councilType, likeness.populationBand, likeness.region, likeness.nation]
    .filter(Boolean)
    .join(', ');
}
