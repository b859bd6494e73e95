import {
  COUNCIL_TYPES,
  isOneOf,
  labelOf,
  NATION_KEYS,
  STRATEGIC_OBJECTIVES,
  TECHNOLOGIES,
} from '@lgx/shared/domain';

/** What the page shows instead of a figure held back by the small-number rule. */
export const HELD_BACK = 'fewer than 5 councils';

/** The figures of one cell, as the API gives them. */
export interface SectorCellFigures {
  objective: string;
  technology: string;
  highPotentialShare?: number | null;
  planningShare?: number | null;
  liveWithEvidence?: number | null;
  publishedCaseStudies: number;
  gap?: boolean | null;
}

/** The filter as the GET form sends it: only known council types and nations are kept. */
export interface SectorFilterValues {
  councilType: string;
  nation: string;
  region: string;
}

export function filterFromParams(params: URLSearchParams): SectorFilterValues {
  const known = (value: string | null, table: object): string =>
    isOneOf(table, value) ? value : '';
  return {
    councilType: known(params.get('councilType'), COUNCIL_TYPES),
    nation: known(params.get('nation'), NATION_KEYS),
    region: (params.get('region') ?? '').trim().slice(0, 100),
  };
}

/** The filter for the API: what is not chosen is left out. */
export function filterForApi(values: SectorFilterValues) {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== ''));
}

export const percent = (share: number | null | undefined) =>
  share === null || share === undefined ? HELD_BACK : `${Math.round(share * 100)}%`;

export const count = (value: number | null | undefined) =>
  value === null || value === undefined ? HELD_BACK : String(value);

export const objectiveLabel = (key: string) => labelOf(STRATEGIC_OBJECTIVES, key) ?? key;
export const technologyLabel = (key: string) => labelOf(TECHNOLOGIES, key) ?? key;

/** One cell in words: what a screen reader says when the cell has focus. */
export function describeCell(cell: SectorCellFigures): string {
  const name = `${objectiveLabel(cell.objective)}, ${technologyLabel(cell.technology)}`;
  const caseStudies = `${cell.publishedCaseStudies} published case ${cell.publishedCaseStudies === 1 ? 'study' : 'studies'}`;
  if (cell.highPotentialShare === null || cell.highPotentialShare === undefined)
    return `${name}: ${HELD_BACK} answered; ${caseStudies}.`;
  return [
    `${name}: ${percent(cell.highPotentialShare)} see high potential`,
    `${percent(cell.planningShare)} planning`,
    `${count(cell.liveWithEvidence)} live with evidence`,
    `${caseStudies}${cell.gap ? '. Gap: high potential, little practice' : ''}.`,
  ].join(', ');
}
