import type { SectorMapCellQuery } from '@lgx/web/data-access';
import { SummaryList } from '@lgx/web/ui';

import { count, HELD_BACK, percent } from '../model/sector-map-view';

type Cell = SectorMapCellQuery['sectorMapCell'];

/** A cell's figures, or why they are held back; the same numbers as the sector map's. */
export function SectorCellFigures({ cell }: { cell: Cell }) {
  const figures = cell.figures;
  const reason = figures.heldBackReason;
  return (
    <>
      {cell.suppressedReason ? (
        <div className="govuk-inset-text">
          Figures held back: {cell.suppressedReason}. Only published case studies are counted.
        </div>
      ) : (
        reason && <div className="govuk-inset-text">Some figures held back: {reason}.</div>
      )}
      <SummaryList
        rows={[
          { key: 'Councils that answered', value: count(cell.councilsAnswered) },
          { key: 'See high potential', value: percent(figures.highPotentialShare, reason) },
          {
            key: 'Planning (within five years, piloting or live)',
            value: percent(figures.planningShare, reason),
          },
          { key: 'Live with evidence', value: count(figures.liveWithEvidence, reason) },
          { key: 'Published case studies', value: String(figures.publishedCaseStudies) },
          {
            key: 'Gap',
            value:
              figures.gap === null || figures.gap === undefined
                ? `Not shown (${reason ? 'a figure is held back' : HELD_BACK})`
                : figures.gap
                  ? 'Yes: high potential, little practice'
                  : 'No',
          },
        ]}
      />
    </>
  );
}
