import { AMBITION_PLANS, AMBITION_POTENTIALS, labelOf, TECHNOLOGIES } from '@lgx/shared/domain';

import { count, percent, type SectorCellFigures, technologyLabel } from './sector-map-view';

/** The council's own answer for one cell, as the API gives it. */
export interface OwnCell {
  technology: string;
  potential?: string | null;
  plan?: string | null;
}

/** One row of an objective's comparison: the council's answer beside its peers' shares. */
export interface PeerRow {
  key: string;
  technology: string;
  potential: string;
  plan: string;
  peersHigh: string;
  peersPlanning: string;
  peersLive: string;
}

const NOT_ANSWERED = 'Not answered';

/** Every technology of one objective, in taxonomy order, the council's answer beside its peers'. */
export function peerRows(
  objective: string,
  own: OwnCell[],
  peers: Omit<SectorCellFigures, 'publishedCaseStudies'>[],
): PeerRow[] {
  return Object.keys(TECHNOLOGIES).map((technology) => {
    const mine = own.find((cell) => cell.technology === technology);
    const theirs = peers.find(
      (cell) => cell.objective === objective && cell.technology === technology,
    );
    return {
      key: `${objective} ${technology}`,
      technology: technologyLabel(technology),
      potential: (mine?.potential && labelOf(AMBITION_POTENTIALS, mine.potential)) || NOT_ANSWERED,
      plan: (mine?.plan && labelOf(AMBITION_PLANS, mine.plan)) || NOT_ANSWERED,
      peersHigh: percent(theirs?.highPotentialShare),
      peersPlanning: percent(theirs?.planningShare),
      peersLive: count(theirs?.liveWithEvidence),
    };
  });
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
