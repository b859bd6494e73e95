import { Table } from '@lgx/web/ui';

import { count, percent } from '../model/sector-map-view';

export interface SectorTotal {
  label: string;
  highPotentialShare?: number | null;
  planningShare?: number | null;
  liveWithEvidence?: number | null;
  publishedCaseStudies: number;
  heldBackReason?: string | null;
}

/** Totals of the sector map by objective or by technology: any technology, or any objective. */
export function SectorTotals({ caption, totals }: { caption: string; totals: SectorTotal[] }) {
  return (
    <Table
      caption={caption}
      columns={[
        { label: caption.startsWith('By objective') ? 'Objective' : 'Technology' },
        { label: 'See high potential', numeric: true },
        { label: 'Planning', numeric: true },
        { label: 'Live with evidence', numeric: true },
        { label: 'Published case studies', numeric: true },
      ]}
      rows={totals.map((total) => ({
        key: total.label,
        cells: [
          total.label,
          percent(total.highPotentialShare, total.heldBackReason),
          percent(total.planningShare, total.heldBackReason),
          count(total.liveWithEvidence, total.heldBackReason),
          total.publishedCaseStudies,
        ],
      }))}
    />
  );
}
