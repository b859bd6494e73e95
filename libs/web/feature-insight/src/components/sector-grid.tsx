import { STRATEGIC_OBJECTIVES, TECHNOLOGIES } from '@lgx/shared/domain';
import { ScrollBox } from '@lgx/web/ui';
import { type MouseEvent, useId } from 'react';
import { useNavigate } from 'react-router';

import {
  cellPath,
  describeCell,
  objectiveLabel,
  percent,
  type SectorCellFigures,
  type SectorFilterValues,
  technologyLabel,
} from '../model/sector-map-view';

const CELL_W = 64;
const CELL_H = 44;
const LABEL_W = 230;
const HEAD_H = 130;

/** GOV.UK blue, lighter for a smaller share, so black text stays readable on it. */
const fillOf = (share: number | null | undefined) =>
  share === null || share === undefined ? '#f3f2f1' : `rgba(29, 112, 184, ${0.08 + 0.5 * share})`;

function GridCell({
  cell,
  x,
  y,
  href,
}: {
  cell: SectorCellFigures;
  x: number;
  y: number;
  href: string;
}) {
  const navigate = useNavigate();
  const held = cell.highPotentialShare === null || cell.highPotentialShare === undefined;
  // An SVG link: a plain click stays in the app; a modified click opens as usual.
  const open = (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    void navigate(href);
  };
  return (
    <a
      href={href}
      onClick={open}
      aria-label={`${describeCell(cell)} Open this cell.`}
      className="lgx-sector-grid__cell"
      data-gap={cell.gap ? 'true' : undefined}
    >
      <rect
        x={x + 2}
        y={y + 2}
        width={CELL_W - 4}
        height={CELL_H - 4}
        fill={fillOf(cell.highPotentialShare)}
        stroke={cell.gap ? '#0b0c0c' : '#b1b4b6'}
        strokeWidth={cell.gap ? 4 : 1}
        strokeDasharray={held ? '4 3' : undefined}
      />
      <text x={x + CELL_W / 2} y={y + CELL_H / 2 + 5} textAnchor="middle" fontSize="14">
        {held ? '–' : percent(cell.highPotentialShare)}
        {cell.gap ? ' !' : ''}
      </text>
    </a>
  );
}

/**
 * The sector map as a chart: objectives down, technologies across, each cell
 * shaded by the share of councils seeing high potential and outlined when it
 * is a gap. Each cell takes keyboard focus and says its figures; the table
 * beside it holds the same numbers.
 */
export function SectorGrid({
  cells,
  filter,
}: {
  cells: SectorCellFigures[];
  filter: SectorFilterValues;
}) {
  const titleId = useId();
  const descId = useId();
  const objectives = Object.keys(STRATEGIC_OBJECTIVES);
  const technologies = Object.keys(TECHNOLOGIES);
  const width = LABEL_W + technologies.length * CELL_W;
  const height = HEAD_H + objectives.length * CELL_H;
  const byKey = new Map(cells.map((cell) => [`${cell.objective} ${cell.technology}`, cell]));
  return (
    <ScrollBox label="The sector map chart">
      <svg
        role="group"
        aria-labelledby={titleId}
        aria-describedby={descId}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        className="lgx-sector-grid"
        fontFamily='"GDS Transport", arial, sans-serif'
      >
        <title id={titleId}>Sector map: objectives by technologies</title>
        <desc id={descId}>
          Each cell shows the share of councils seeing high potential; a thick outline and ! mark a
          gap, a dashed outline a figure held back (fewer than 5 councils answered, or none, one,
          all but one or all of fewer than 10). Each cell is a link to what is behind it: move
          through them with the Tab key.
        </desc>
        {technologies.map((technology, column) => {
          const x = LABEL_W + column * CELL_W + CELL_W / 2;
          return (
            <text
              key={technology}
              aria-hidden="true"
              x={x}
              y={HEAD_H - 8}
              fontSize="13"
              transform={`rotate(-40 ${x} ${HEAD_H - 8})`}
            >
              {technologyLabel(technology)}
            </text>
          );
        })}
        {objectives.map((objective, row) => {
          const y = HEAD_H + row * CELL_H;
          return (
            <g key={objective}>
              <text aria-hidden="true" x={0} y={y + CELL_H / 2 + 5} fontSize="14">
                {objectiveLabel(objective)}
              </text>
              {technologies.map((technology, column) => (
                <GridCell
                  key={technology}
                  x={LABEL_W + column * CELL_W}
                  y={y}
                  href={cellPath(objective, technology, filter)}
                  cell={
                    byKey.get(`${objective} ${technology}`) ?? {
                      objective,
                      technology,
                      publishedCaseStudies: 0,
                    }
                  }
                />
              ))}
            </g>
          );
        })}
      </svg>
    </ScrollBox>
  );
}
